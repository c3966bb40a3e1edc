package dev.lede.ingest;

import dev.lede.ingest.extract.Extractor;
import dev.lede.ingest.extract.KnownNames;
import dev.lede.ingest.extract.RawPage;
import dev.lede.platform.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The extraction step: runs the pure extractor over a page against the catalog's names, and turns a page without an
 * article into the API's failure (422, listing what the page held).
 */
@ApplicationScoped
class PageReader {
    private final Extractor extractor;
    private final CatalogNames catalog;

    PageReader(Extractor extractor, CatalogNames catalog) {
        this.extractor = extractor;
        this.catalog = catalog;
    }

    /** Against the catalog snapshot: no database work once there is one, so call it outside any transaction. */
    ExtractedPage read(RawPage page) {
        return read(page, catalog.current());
    }

    /** Against the catalog as the caller's transaction sees it, its own writes included. */
    ExtractedPage readHere(RawPage page) {
        return read(page, catalog.uncached());
    }

    private ExtractedPage read(RawPage page, KnownNames known) {
        try {
            return ExtractedPage.of(page, extractor.extract(page, known));
        } catch (Extractor.NoArticleException e) {
            throw Failure.unprocessable("no-article", "No article found", e.getMessage(),
                    Failure.details("found", e.found()));
        }
    }
}
