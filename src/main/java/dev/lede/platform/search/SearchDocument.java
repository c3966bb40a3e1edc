package dev.lede.platform.search;

import java.util.Collection;
import java.util.Map;

/**
 * What the index holds of one resource. Text is analysed in the document's language (stemming, stop words);
 * keywords are exact values to filter and count by (facets); numbers filter by range and sort; sort keys sort.
 *
 * @param names text analysed alike in every language (proper names: people, organisations, their aliases)
 * @param view  the feature's read model of the resource, as bytes it alone can read (null for none): stored and given
 *              back with the hits of a query that asks for views, so a page of hits needs no read of the database
 *              (Elasticsearch's {@code _source}). Opaque here; the feature decides when it may use it
 */
public record SearchDocument(String id, String language, Map<String, String> texts, Map<String, String> names,
                             Map<String, Collection<String>> keywords, Map<String, Long> numbers, Map<String, String> sortKeys,
                             byte[] view) {

    /** A document without a stored view. */
    public SearchDocument(String id, String language, Map<String, String> texts, Map<String, String> names,
                          Map<String, Collection<String>> keywords, Map<String, Long> numbers, Map<String, String> sortKeys) {
        this(id, language, texts, names, keywords, numbers, sortKeys, null);
    }
}
