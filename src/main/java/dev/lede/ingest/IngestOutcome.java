package dev.lede.ingest;

/**
 * What an ingest answers, and whether it stored a new article (201) or found one again, revised one, or was a dry
 * run (200).
 */
public record IngestOutcome(IngestResult result, boolean created) {
    /** What became of the page: the {@code outcome} of the answer. */
    enum Kind {
        /** A new article. */
        created,
        /** The same text was ingested before: nothing written. */
        unchanged,
        /** A page at a URL ingested before, whose text changed: the same article, updated. */
        revised
    }
}
