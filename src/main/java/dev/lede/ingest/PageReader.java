package dev.lede.ingest;

import dev.lede.ingest.extract.Extractor;
import dev.lede.ingest.extract.KnownNames;
import dev.lede.ingest.extract.RawPage;
import dev.lede.platform.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The extraction step: runs the pure extractor over a page against the catalog's names, and turns a page without an
 * article into the API's failure (422, listing what the page held). A defect of the extractor on some page is not the
 * caller's server error: it is logged with its stack trace (so it is fixed, not lost) and answered as a 422 problem
 * that names the page as what could not be read, without the trace.
 */
@ApplicationScoped
class PageReader {
    private static final Logger LOG = Logger.getLogger(PageReader.class);
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

    /** Package-private for the test that an extractor defect becomes a 422, not a 500. */
    ExtractedPage read(RawPage page, KnownNames known) {
        try {
            return ExtractedPage.of(page, extractor.extract(page, known));
        } catch (Extractor.NoArticleException e) {
            throw Failure.unprocessable("no-article", "No article found", e.getMessage(),
                    Failure.details("found", e.found()));
        } catch (Failure e) {
            throw e;
        } catch (RuntimeException e) {
            // no URL in the log: a caller's URL may carry a token
            LOG.errorf(e, "the extractor failed on a page of %d characters", length(page));
            throw Failure.unprocessable("extraction-failed", "The page could not be read",
                    "The extractor failed on this page; the failure was logged for the operators. Nothing was stored.",
                    Failure.details("field", page.html() != null ? "html" : "text"));
        }
    }

    private static int length(RawPage page) {
        return page.html() != null ? page.html().length() : page.text() != null ? page.text().length() : 0;
    }
}
