package dev.lede.platform.search;

import java.util.Collection;

/**
 * A full-text index of one kind of resource, kept in step with the change log. The embedded implementation is
 * {@link LuceneIndex}; a cluster would put OpenSearch or Elasticsearch behind the same contract (docs/architecture.md).
 *
 * <p>Writes are idempotent (a document replaces the one with its id), so replaying change-log events already applied
 * is harmless; {@link #applied()} is the change-log position the stored index is known to include.
 */
public interface SearchIndex {
    /** Replaces these documents and deletes these ids, then makes the result visible to the next search. */
    void apply(Collection<SearchDocument> documents, Collection<String> deleted, long seq);

    /** A page of hits; throws a {@code Failure} naming {@code q} for a query it cannot parse. */
    SearchHits search(SearchQuery query);

    /** The change-log position the index has applied (0 for none). */
    long applied();

    /** Whether the stored index was missing, unreadable or of another schema when opened (then it is empty). */
    boolean needsRebuild();

    /** Empties the index for a rebuild, which will apply documents up to {@code seq}. */
    void clear(long seq);

    /** Progress of a rebuild, for the readiness check; null when none is running. */
    Progress progress();

    void progress(Progress progress);

    /** How far a rebuild has gone: {@code done} of {@code total} documents. */
    record Progress(long done, long total) {
    }

    /** The documents most like the one with {@code query.id()} (never itself), best first; none while it is not indexed. */
    SearchHits similar(SimilarQuery query);
}
