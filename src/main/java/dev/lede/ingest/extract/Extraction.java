package dev.lede.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What the extractor found in a page. Every found item carries a confidence in 0..1 and where it was found.
 * Offsets ({@link Span}) are character offsets into the clean body: paragraphs joined by "\n\n" (the API's
 * convention), except for headline/standfirst/caption spans, which are offsets into the original page text.
 * {@code translatedFrom} (an ISO 639-1 code) is set only on evidence, with {@code translatedFromConfidence} (0 without).
 */
public record Extraction(
        Located<String> headline,
        Located<String> standfirst,
        List<String> body,
        Located<String> caption,
        List<String> removedLines,
        Located<Instant> publishedAt,
        String dateline,
        String language,
        String translatedFrom,
        SourceFound publisher,
        List<SourceFound> credits,
        List<BylineFound> bylines,
        List<PersonFound> people,
        List<EntityFound> entities,
        List<QuoteFound> quotes,
        List<String> warnings,
        double translatedFromConfidence) {

    /** A half-open character range [start, end). */
    public record Span(int start, int end) {
    }

    /** A value with where it was found and how sure the extractor is. */
    public record Located<T>(T value, Span span, double confidence) {
    }

    /** {@code knownId} is the catalog id when linked to an existing source, else null (a new candidate). */
    public record SourceFound(String name, String role, String knownId, Span span, double confidence) {
    }

    /** {@code role}: author, contributor, editor, photographer, translator, other. */
    public record BylineFound(String name, String role, String knownId, Span span, double confidence) {
    }

    /** A person named in the body. {@code forms}: the surface forms seen ("John Kirby", "Kirby"). */
    public record PersonFound(String name, String role, List<String> forms, int mentions, Integer firstOffset,
                              String knownId, double confidence) {
    }

    /** {@code kind} as in the API: country, place, organization, government_body, military_unit, agency, company, political_party, other. */
    public record EntityFound(String name, String kind, List<String> forms, int mentions, Integer firstOffset,
                              String knownId, double confidence) {
    }

    /** {@code speakerType}: "person" or "entity"; speakerName null when unattributed. */
    public record QuoteFound(String text, String speakerName, String speakerType, boolean fragment, Span span,
                             double confidence) {
    }
}
