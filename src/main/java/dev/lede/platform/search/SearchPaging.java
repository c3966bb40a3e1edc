package dev.lede.platform.search;

import dev.lede.platform.persistence.Cursor;
import dev.lede.platform.persistence.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cursor pagination over an index: a cursor carries the last hit's sort value (its score for relevance) and id, and a
 * fingerprint of the query, so a cursor is refused on another query and stays valid while documents are added.
 */
public final class SearchPaging {
    private SearchPaging() {
    }

    /**
     * A page of hits and the cursor of the next page (null on the last).
     *
     * @param highlights per hit id, its snippets; null unless asked for
     */
    public record Found(List<SearchHits.Hit> hits, String next, Long total, Map<String, List<String>> highlights,
                        Map<String, List<SearchHits.FacetCount>> facets) {
        public List<String> ids() {
            return hits.stream().map(SearchHits.Hit::id).toList();
        }

        /** The snippets of the hits the caller is shown: a hit the database hides must not show through its snippets. */
        public Map<String, List<String>> highlightsOf(java.util.Collection<String> shown) {
            if (highlights == null) {
                return null;
            }
            Map<String, List<String>> kept = new LinkedHashMap<>(highlights);
            kept.keySet().retainAll(new java.util.HashSet<>(shown));
            return kept;
        }
    }

    /**
     * Runs {@code query} (its after, limit and countTotal are set here) for this page; {@code sortName} is the sort
     * as the client named it, which the cursor must be used with again.
     */
    public static Found page(SearchIndex index, SearchQuery query, String sortName, PageRequest page) {
        String fingerprint = "search:" + Integer.toHexString(Objects.hash(query.text(), query.filters(), query.ranges()));
        Cursor cursor = Cursor.decode(page.cursor(), sortName, fingerprint);
        int limit = page.limit();
        SearchHits found = index.search(new SearchQuery(query.text(), query.fields(), query.filters(), query.ranges(),
                query.sort(), cursor == null ? null : new SearchQuery.After(cursor.value(), cursor.id()), limit + 1,
                page.includeTotal(), query.highlight(), query.facets(), query.facetLimit(), query.views()));
        List<SearchHits.Hit> hits = found.hits().subList(0, Math.min(limit, found.hits().size()));
        String next = found.hits().size() > limit
                ? new Cursor(sortName, hits.get(limit - 1).sortValue(), hits.get(limit - 1).id(), fingerprint).encode() : null;
        Map<String, List<String>> highlights = null;
        if (query.highlight()) {
            highlights = new LinkedHashMap<>();
            for (SearchHits.Hit hit : hits) {
                highlights.put(hit.id(), hit.snippets());
            }
        }
        return new Found(hits, next, found.total() < 0 ? null : found.total(), highlights, found.facets());
    }
}
