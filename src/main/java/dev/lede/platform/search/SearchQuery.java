package dev.lede.platform.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One search: the user's query text over the text fields (each with its boost), exact filters, the order, the
 * position after which the page starts, and what to compute besides the page.
 *
 * @param fields     the text and name fields the query text searches, with their boosts
 * @param filters    keyword filters, all of which a document must pass
 * @param ranges     number filters (inclusive from, exclusive to; null for unbounded)
 * @param sort       null for relevance, else a number or sort-key field
 * @param after      the (sort value, id) of the last hit of the previous page, or null
 * @param facets     the keyword fields whose values to count over the whole result
 * @param views      whether each hit carries its document's stored view ({@link SearchDocument#view()})
 */
public record SearchQuery(String text, Map<String, Float> fields, List<Filter> filters,
                          List<Range> ranges, Sort sort, After after, int limit, boolean countTotal, boolean highlight,
                          List<String> facets, int facetLimit, boolean views) {

    /** A query whose hits carry no views. */
    public SearchQuery(String text, Map<String, Float> fields, List<Filter> filters, List<Range> ranges, Sort sort,
                       After after, int limit, boolean countTotal, boolean highlight, List<String> facets, int facetLimit) {
        this(text, fields, filters, ranges, sort, after, limit, countTotal, highlight, facets, facetLimit, false);
    }

    /** Documents holding any of these values of a keyword field. */
    public record Filter(String field, Collection<String> anyOf) {
    }

    /** Documents whose number {@code field} is in [from, to). */
    public record Range(String field, Long from, Long to) {
    }

    /** Order by a number ({@code numeric}) or sort-key field, then by id. */
    public record Sort(String field, boolean numeric, boolean descending) {
    }

    /** Where the previous page ended: its last hit's sort value (the score for relevance) and id. */
    public record After(String value, String id) {
    }
}
