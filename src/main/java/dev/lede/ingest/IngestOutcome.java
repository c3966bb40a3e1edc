package dev.lede.ingest;

/** What an ingest answers, and whether it stored a new article (201) or found one again, or was a dry run (200). */
public record IngestOutcome(IngestResult result, boolean created) {
}
