package dev.lede.platform.search;

import dev.lede.platform.changelog.ChangeEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Rebuilds of one index: a replacement filled from the database while the index in use answers, caught up with the
 * change log written meanwhile, then promoted by the feeder (under its lock). One at a time.
 */
final class IndexRebuilds {
    private static final Logger LOG = Logger.getLogger(IndexRebuilds.class);

    /** The last step, under the feeder's lock: catch up from a position, promote, note the new position. */
    interface Promotion {
        void promote(SearchIndex.Replacement fresh, long caughtUpTo);
    }

    private final SearchIndex index;
    private final String name;
    private final SourceDocuments documents;
    private final Promotion promotion;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile IndexStatus.Progress progress;
    private volatile Thread thread;
    private volatile boolean stopping;

    IndexRebuilds(SearchIndex index, String name, SourceDocuments documents, Promotion promotion) {
        this.index = index;
        this.name = name;
        this.documents = documents;
        this.promotion = promotion;
    }

    boolean running() {
        return running.get();
    }

    IndexStatus.Progress progress() {
        return progress;
    }

    /**
     * Rebuilds on a thread of its own; false when a rebuild is running already. A failed attempt is tried again, a
     * little later each time, until {@code enough} (the index in use is complete, or the service stops).
     */
    boolean inBackground(BooleanSupplier enough) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread started = new Thread(() -> {
            try {
                for (int attempt = 1; !once() && !enough.getAsBoolean() && !stopping; attempt++) {
                    Thread.sleep(Math.min(attempt, 30) * 2_000L);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.set(false);
            }
        }, "search-rebuild-" + name);
        started.setDaemon(true);
        thread = started;
        started.start();
        return true;
    }

    /** Rebuilds on this thread; false when a rebuild is running already or this one failed. */
    boolean now() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            return once();
        } finally {
            running.set(false);
        }
    }

    /**
     * Stops a background rebuild at its next batch (its replacement is then discarded) and waits for it a little. Not
     * an interrupt: one during a database read would close H2's file for every thread.
     */
    void stop() {
        stopping = true;
        Thread running = thread;
        if (running != null) {
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean once() {
        long started = System.nanoTime();
        SearchIndex.Replacement fresh = null;
        try {
            fresh = index.replacement();
            long from = QuarkusTransaction.requiringNew().call(ChangeEvent::headSeq);
            long done = documents.fill(fresh, p -> progress = p, () -> stopping);
            from = documents.catchUp(fresh, from); // most of what was written meanwhile, without holding writers back
            SearchIndex.Replacement promoted = fresh;
            fresh = null; // the index owns it now: a failure from here on must not delete what it may point to
            promotion.promote(promoted, from);
            LOG.infof("%s index rebuilt: %d documents in %d ms", name, done, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            if (fresh != null) {
                index.discard(fresh);
            }
            LOG.errorf(e, "%s index rebuild failed; the index in use is kept", name);
            return false;
        } finally {
            progress = null;
        }
    }
}
