package dev.lede.ingest;

import dev.lede.ingest.extract.Extraction;
import dev.lede.ingest.extract.RawPage;

/** A page with what the extractor found in it, and the fingerprints that recognise it when it comes again. */
record ExtractedPage(RawPage page, Extraction extraction, String textHash, String url) {
    static ExtractedPage of(RawPage page, Extraction extraction) {
        String headline = extraction.headline() == null ? "" : extraction.headline().value();
        return new ExtractedPage(page, extraction, Fingerprints.ofArticle(headline, extraction.body()),
                Fingerprints.normalisedUrl(page.url()));
    }
}
