package dev.lede.platform.search;

import java.util.Collection;
import java.util.Map;

/**
 * What the index holds of one resource. Text is analysed in the document's language (stemming, stop words);
 * keywords are exact values to filter and count by (facets); numbers filter by range and sort; sort keys sort.
 *
 * @param names text analysed alike in every language (proper names: people, organisations, their aliases)
 */
public record SearchDocument(String id, String language, Map<String, String> texts, Map<String, String> names,
                             Map<String, Collection<String>> keywords, Map<String, Long> numbers, Map<String, String> sortKeys) {
}
