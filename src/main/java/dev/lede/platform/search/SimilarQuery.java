package dev.lede.platform.search;

import java.util.List;
import java.util.Map;

/**
 * Documents like one already in the index ("more like this"): they share its most telling words and its keyword
 * values (the people and entities an article names), and pass the filters. The document itself is never a hit.
 *
 * @param id      the document the hits should resemble
 * @param fields  the stored text fields whose words count, with their boosts
 * @param shared  keyword fields whose values count when a hit shares them, with the weight of each shared value
 * @param filters keyword filters every hit passes (they do not count toward likeness)
 * @param limit   at most this many hits, best first
 */
public record SimilarQuery(String id, Map<String, Float> fields, Map<String, Float> shared,
                           List<SearchQuery.Filter> filters, int limit) {
}
