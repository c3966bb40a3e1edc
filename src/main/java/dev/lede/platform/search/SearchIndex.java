package dev.lede.platform.search;

import java.util.Collection;

/**
 * A full-text index of one kind of resource, kept in step with the change log by an {@link IndexFeeder}. The embedded
 * implementation is {@link LuceneSearchIndex}; a cluster would put OpenSearch or Elasticsearch behind the same
 * contract (docs/design/search.md): a replacement is a new index, a promotion moves an alias.
 *
 * <p>Writes are idempotent (a document replaces the one with its id), so applying a change again is harmless;
 * {@link #applied()} is the change-log position up to which the stored index is known to include every change.
 */
public interface SearchIndex {
    /** Replaces these documents and deletes these ids, then makes the result visible to the next search. */
    void apply(Collection<SearchDocument> documents, Collection<String> deleted);

    /** Records that every change up to {@code seq} is applied: a restart catches up from there. */
    void appliedUpTo(long seq);

    /** A page of hits; throws a {@code Failure} naming {@code q} for a query it cannot parse. */
    SearchHits search(SearchQuery query);

    /** The documents most like the one with {@code query.id()} (never itself), best first; none while it is not indexed. */
    SearchHits similar(SimilarQuery query);

    /**
     * How many documents passing these filters hold each value of these keyword fields (all values, not a top):
     * co-occurrence counts without a query text.
     */
    java.util.Map<String, java.util.Map<String, Long>> tally(java.util.List<SearchQuery.Filter> filters,
            java.util.List<SearchQuery.Range> ranges, java.util.List<String> fields);

    /** The change-log position the index has applied every change up to (0 for none). */
    long applied();

    /** Whether the stored index was missing, unreadable, of another schema or unfinished when opened. */
    boolean needsRebuild();

    /** An empty index beside this one for a rebuild; this one keeps answering searches until the replacement is promoted. */
    Replacement replacement();

    /** Makes a filled replacement the one searches read, complete up to {@code seq}; this index's old contents go. */
    void promote(Replacement replacement, long seq);

    /** Drops a replacement that will not be finished. */
    void discard(Replacement replacement);

    /**
     * Where documents are written: an index being filled for a rebuild (never searched until promoted), or a live
     * index's {@link #apply}.
     */
    @FunctionalInterface
    interface Replacement {
        /** Like {@link SearchIndex#apply}. */
        void apply(Collection<SearchDocument> documents, Collection<String> deleted);

        /**
         * Documents this index does not hold yet (a rebuild's first pass over the database). An implementation may
         * write them without looking for an older copy and make them searchable only when promoted (Lucene's does);
         * by default they are applied like any other.
         */
        default void add(Collection<SearchDocument> documents) {
            apply(documents, java.util.List.of());
        }
    }
}
