package dev.lede.platform.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.jboss.logging.Logger;

/**
 * When a {@link LuceneIndex} commits, and the change-log position each commit stores. Commits (an fsync of every new
 * file, tens of milliseconds on a busy disk) run at most once a second on a thread of their own and never under the
 * index's monitor, so a write (which only updates the writer) is not held behind one. The position is read before
 * the commit starts: the commit holds at least every change up to it, perhaps later ones too, which a restart applies
 * again (applying is idempotent).
 */
final class IndexCommits {
    private static final Logger LOG = Logger.getLogger(IndexCommits.class);
    static final String SEQ = "seq";
    static final String SCHEMA_KEY = "schema";
    /** The position stored while the index is not complete: a restart then rebuilds it. */
    private static final long UNFINISHED = -1;

    private final IndexWriter writer;
    private final String schema;
    /** Serialises commits with closing; taken before this object's monitor, never after it. */
    private final Object committing = new Object();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-commit");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long applied;
    private volatile boolean complete;
    private boolean dirty;
    private boolean closed;

    IndexCommits(IndexWriter writer, String schema, long applied, boolean complete) {
        this.writer = writer;
        this.schema = schema;
        this.applied = applied;
        this.complete = complete;
    }

    /** Starts the once-a-second tick: {@code alsoEachSecond} (the searcher's refresh), then a commit if one is due. */
    void start(Runnable alsoEachSecond) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                synchronized (committing) { // not while closing, nor after
                    if (!isClosed()) {
                        alsoEachSecond.run();
                        commitIfDirty();
                    }
                }
            } catch (Throwable e) { // an Error escaping would end the schedule silently: no more commits, ever
                LOG.errorf(e, "search index tick failed, retried in a second");
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** Something was written: stored with the next commit. */
    synchronized void written() {
        dirty = true;
    }

    /** Every change up to {@code seq} is in: stored with the next commit (while the index is complete). */
    synchronized void appliedUpTo(long seq) {
        if (seq > applied) {
            applied = seq;
            dirty = true;
        }
    }

    long applied() {
        return applied;
    }

    /** The index holds every document as of {@code seq}: committed at once, so a restart keeps it. */
    void complete(long seq) throws IOException {
        synchronized (committing) {
            synchronized (this) {
                complete = true;
                applied = seq;
            }
            commitNow();
        }
    }

    /** Commits now, whatever was written (the index's creation, an unfinished rebuild's marker). */
    void commitNow() throws IOException {
        synchronized (committing) {
            Map<String, String> data;
            synchronized (this) {
                dirty = false; // before the commit: a write during it marks the index dirty again
                data = Map.of(SEQ, Long.toString(complete ? applied : UNFINISHED), SCHEMA_KEY, schema);
            }
            try {
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            } catch (IOException | RuntimeException e) {
                written();
                throw e;
            }
        }
    }

    private void commitIfDirty() {
        synchronized (committing) {
            synchronized (this) {
                if (closed || !dirty || !writer.isOpen()) {
                    return;
                }
            }
            try {
                commitNow();
            } catch (IOException | RuntimeException e) {
                LOG.warnf("search index commit failed, retried in a second (%s)", e.toString());
            }
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops committing; {@code last} runs once no commit is running and none can start (closing the writer). */
    void close(boolean commitFirst, Runnable last) {
        timer.shutdown(); // not an interrupt: one during a commit closes the index's files
        synchronized (committing) {
            if (commitFirst) {
                commitIfDirty();
            }
            synchronized (this) {
                closed = true;
            }
            last.run();
        }
    }
}
