package dev.lede.platform.persistence;

/**
 * A catalog list (people, entities, sources) as a client asked for it, already checked: the name or alias prefix
 * to match (null for all), the sort and the page.
 */
public record CatalogQuery(String prefix, SortKey sort, PageRequest page) {
    /** The prefix, when one was given and is not blank. */
    public boolean hasPrefix() {
        return prefix != null && !prefix.isBlank();
    }
}
