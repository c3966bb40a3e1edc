package dev.lede.platform.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Searchers that show every write applied before {@link #acquire} was called, refreshed when a reader needs it rather
 * than after each write. A refresh flushes what was written into a new segment: done per write it was a third of an
 * ingest's time, and a stream of writes with nobody searching paid it every time. Now a burst of writes costs one
 * refresh, made by the first search after it (or by the index's once-a-second tick), and a search after a write's
 * response still sees that write.
 */
final class FreshSearchers implements AutoCloseable {
    private final SearcherManager searchers;
    /** Writes applied to the writer, and how many of them the current searcher is known to show. */
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong shown = new AtomicLong();
    /** Held while refreshing or closing: searches waiting for a refresh share it rather than make one each. */
    private final Object refreshing = new Object();

    FreshSearchers(IndexWriter writer) throws IOException {
        searchers = new SearcherManager(writer, null);
    }

    /** Call after the writer returned from a write: the next acquire shows it. */
    void written() {
        written.incrementAndGet();
    }

    /** A searcher showing every write made before this call; release it with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        refreshIfStale();
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /**
     * Refreshes when a write is not shown yet. The target is read before the refresh starts, so once it returns every
     * write counted by then is shown; a search that waited for another's refresh finds its writes shown and goes on.
     */
    void refreshIfStale() throws IOException {
        if (shown.get() < written.get()) {
            synchronized (refreshing) {
                long target = written.get();
                if (shown.get() < target) {
                    searchers.maybeRefreshBlocking();
                    shown.set(target);
                }
            }
        }
    }

    /** Refreshes whatever was written, counted or not (a rebuild's fill). */
    void refresh() throws IOException {
        synchronized (refreshing) {
            long target = written.get();
            searchers.maybeRefreshBlocking();
            shown.set(Math.max(shown.get(), target));
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (refreshing) { // not under a search's refresh
            searchers.close();
        }
    }
}
