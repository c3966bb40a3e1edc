package dev.lede.discovery;

/** What typeahead suggests; the names are the values of {@code types=} and of each suggestion's {@code type}. */
public enum SuggestType {
    person, entity, source, article
}
