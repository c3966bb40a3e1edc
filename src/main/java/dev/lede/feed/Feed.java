package dev.lede.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed as the three formats share it, built from article views ({@link FeedBuilder}) and written by
 * {@link FeedFormat}. Its JSON names, as {@code id} members, every article, person, entity and source it shows, which
 * is what the response cache keeps it by.
 *
 * @param subject     the person, entity or source the feed is narrowed to by its path, or null for all articles
 * @param title       the feed's title
 * @param description what it lists, in a sentence
 * @param homeUrl     the JSON list the feed mirrors
 * @param selfUrl     the feed's own URL, as requested; also its Atom id
 * @param updated     the newest update of its items (the epoch when it has none: a constant, so an empty feed's ETag
 *                    holds)
 * @param items       newest first
 */
record Feed(Subject subject, String title, String description, String homeUrl, String selfUrl, String language,
            Instant updated, String generator, List<Item> items) {

    /**
     * What the response cache keeps the feed by: every article, person, entity and source it shows, as the {@code id}
     * members of a small document (the cache reads ids from a JSON tree of its source), without the texts, which
     * turning the whole feed into that tree copied for nothing.
     */
    Shown shown() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        if (subject != null) {
            ids.add(subject.id());
        }
        for (Item item : items) {
            ids.add(item.id());
            item.authors().forEach(author -> ids.add(author.id()));
            item.categories().stream().map(Category::id).filter(java.util.Objects::nonNull).forEach(ids::add);
        }
        return new Shown(ids.stream().map(Shown.Ref::new).toList());
    }

    /** The ids a feed shows, each an {@code id} member (see {@link #shown}). */
    record Shown(List<Ref> shows) {
        record Ref(String id) {
        }
    }

    /** What the feed's path narrows it to. */
    record Subject(String id, String slug, String name, String collection) {
    }

    /**
     * One article.
     *
     * @param id          the article's id (a UUID; {@code urn:uuid:<id>} is the item's guid, stable across renames)
     * @param url         its canonical URL when set, else its API URL
     * @param summaryText the standfirst as plain text (null when it has none)
     * @param summaryHtml the standfirst and the correction notices as HTML
     * @param contentHtml the body and the correction notices as HTML, only when the full text was asked for
     */
    record Item(String id, String url, String title, String summaryText, String summaryHtml, String contentHtml,
                Instant published, Instant updated, String language, String image, List<Author> authors,
                List<Category> categories) {
    }

    /** A byline: the person's id, name and API URL. */
    record Author(String id, String name, String url) {
    }

    /**
     * A category: a section or tag (no id, no scheme), or a person or entity the article names (their id, slug as the
     * term, name as the label, the collection's API URL as the scheme).
     */
    record Category(String id, String term, String label, String scheme) {
    }
}
