package dev.lede.ingest.extract;

import java.time.Instant;

/**
 * A page to extract an article from: scraped text or a whole HTML document, plus hints a caller may know better
 * than the page (each hint, when present, wins over what is extracted).
 */
public record RawPage(
        String text,
        String html,
        String url,
        String sourceHint,
        Instant publishedAtHint,
        String languageHint) {

    public static RawPage ofText(String text) {
        return new RawPage(text, null, null, null, null, null);
    }

    public static RawPage ofHtml(String html) {
        return new RawPage(null, html, null, null, null, null);
    }
}
