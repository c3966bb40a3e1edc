package dev.lede.quote;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.search.SearchText;

/** The search part of a quote list, checked at the edge: the query text, whether relevance orders, snippets. */
record QuoteSearchQuery(String text, boolean relevance, boolean highlight) {
    /** Null when there is no q (a plain list), which then takes neither relevance nor highlight. */
    static QuoteSearchQuery parse(String q, String sort, String highlight) {
        if (q == null) {
            if ("relevance".equals(sort)) {
                throw Failure.invalid("sort", "relevance needs a search (q)");
            }
            if (highlight != null) {
                throw Failure.invalid("highlight", "applies to a search only (q)");
            }
            return null;
        }
        return new QuoteSearchQuery(SearchText.checked(q), sort == null || sort.equals("relevance"), SearchText.highlight(highlight));
    }
}
