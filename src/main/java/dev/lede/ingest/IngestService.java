package dev.lede.ingest;

import dev.lede.ingest.extract.RawPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Turns a page into linked content, in two steps: {@link PageReader} extracts what the page holds (outside any
 * transaction: it may take a while), then {@link IngestStore} links it to the catalog and stores it, or
 * rehearses that for a dry run and rolls it back.
 */
@ApplicationScoped
public class IngestService {
    private final PageReader reader;
    private final IngestStore store;

    public IngestService(PageReader reader, IngestStore store) {
        this.reader = reader;
        this.store = store;
    }

    /** Ingests in a transaction of its own; a dry run shows what it would store, and stores nothing. */
    public IngestOutcome ingest(RawPage page, boolean dryRun, boolean publish) {
        ExtractedPage extracted = reader.read(page);
        return dryRun ? store.rehearse(extracted, publish) : store.ingest(extracted, publish);
    }

    /**
     * Ingests inside the caller's transaction: the first-start seed, which holds the change log's head lock and has
     * just written the catalog this page should link to (so the page is read against that, not the snapshot). No
     * retry: the caller owns the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IngestOutcome ingestHere(RawPage page, boolean publish) {
        return store.ingest(reader.readHere(page), publish);
    }
}
