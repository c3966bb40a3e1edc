package dev.lede.article;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.search.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The search part of an article list, checked at the edge: the query text, whether relevance orders the hits
 * (the default with q), snippets, and which facets to count with how many values each.
 */
record ArticleSearchQuery(String text, boolean relevance, boolean highlight, List<String> facets, int facetLimit) {
    static final Set<String> FACETS = Set.of("person", "entity", "source", "section", "language", "month");
    static final int MAX_FACET_LIMIT = 100;

    /** Null when there is no q (a plain list), which then takes none of the search parameters. */
    static ArticleSearchQuery parse(String q, String sort, String highlight, List<String> facets, String facetLimit) {
        if (q == null) {
            if ("relevance".equals(sort)) {
                throw Failure.invalid("sort", "relevance needs a search (q)");
            }
            for (String[] other : new String[][] {{"highlight", highlight}, {"facetLimit", facetLimit}}) {
                if (other[1] != null) {
                    throw Failure.invalid(other[0], "applies to a search only (q)");
                }
            }
            if (facets != null && !facets.isEmpty()) {
                throw Failure.invalid("facets", "applies to a search only (q)");
            }
            return null;
        }
        return new ArticleSearchQuery(SearchText.checked(q), sort == null || sort.equals("relevance"), SearchText.highlight(highlight),
                facets(facets), limit(facetLimit));
    }

    private static List<String> facets(List<String> raw) {
        List<String> facets = new ArrayList<>();
        if (raw != null) {
            for (String value : raw) {
                for (String name : value.split(",")) {
                    String facet = name.trim();
                    if (!FACETS.contains(facet)) {
                        throw Failure.invalid("facets", "unknown facet '" + facet + "'; allowed: person, entity, source, section, language, month");
                    }
                    if (!facets.contains(facet)) {
                        facets.add(facet);
                    }
                }
            }
        }
        return facets;
    }

    private static int limit(String raw) {
        if (raw == null) {
            return 10;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_FACET_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Failure.invalid("facetLimit", "an integer from 1 to " + MAX_FACET_LIMIT + ", not '" + raw + "'");
    }
}
