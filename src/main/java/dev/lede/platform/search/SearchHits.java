package dev.lede.platform.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits in order, the total when asked for (else -1), and the facet counts over the whole result.
 */
public record SearchHits(List<Hit> hits, long total, Map<String, List<FacetCount>> facets) {

    /**
     * One hit: the document's id, the value it sorted by (for the next page's cursor), its snippets (may be empty), and
     * its stored view when the query asked for views and the document has one (else null).
     */
    public record Hit(String id, String sortValue, List<String> snippets, byte[] view) {
    }

    /** How many documents of the result hold this value of a keyword field. */
    public record FacetCount(String value, long count) {
    }
}
