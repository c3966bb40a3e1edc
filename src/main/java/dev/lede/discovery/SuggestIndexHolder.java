package dev.lede.discovery;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.search.IndexApplied;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Keeps the typeahead snapshot current. Requests read the current {@link SuggestIndex} and never wait for a rebuild,
 * except the very first one of the process. A rebuild reads everything again on one background thread and swaps the
 * new snapshot in atomically; requests for a rebuild that arrive while one is queued share it.
 *
 * <p>When: a write committed on this node ({@link ChangeLog.Committed} after success) asks for one; a write to a name
 * (a person, entity or source) also waits for it, up to a bound, so that the 2xx of a create or a rename is followed
 * by suggestions that show it, as long as the catalog is small (under {@link #WAIT_WHILE_KEYS_UNDER} keys; on a large
 * catalog the names follow within a rebuild's time instead, and rebuilds are paced to a fifth of one core at most).
 * Article writes change only mention counts and headlines and do not wait; their rebuild is asked for once the article
 * index has applied them ({@link IndexApplied}), since the counts are read from that index. Writes of other nodes are seen by reading
 * the change log's head every {@code lede.cache.follow-interval} (1 s by default, as the response cache does): a
 * snapshot older than the head is rebuilt. A snapshot records the highest seq known committed when its rebuild began,
 * so events of a transaction already covered do not ask for another.
 */
@ApplicationScoped
class SuggestIndexHolder {
    private static final Logger LOG = Logger.getLogger(SuggestIndexHolder.class);
    private static final long WRITER_WAIT_MILLIS = 5_000;
    /**
     * A write waits for the rebuild only while the snapshot has fewer keys (names, aliases, headline words) than this
     * (a rebuild then takes tens of milliseconds): on a large catalog a full rebuild takes longer, and a bulk load or an
     * ingest (which create people) would pay it per transaction; its names then follow within a rebuild's time instead.
     * Judged by size, not by the last rebuild's measured time, so that what a write waits for does not depend on how
     * busy the machine is.
     */
    private static final int WAIT_WHILE_KEYS_UNDER = 50_000;
    /**
     * Rebuilds keep the builder thread busy at most a fifth of the time: they rest four times their duration. A tenth
     * was tried: at 100,000 articles a rebuild took 27-35 s at start on two cores, so names and counts would trail a stream
     * of writes by some five minutes instead of two and a half, for a CPU saving the ingest benchmark could not show.
     */
    private static final int REST_PER_BUILD = 4;
    private volatile long lastBuildNanos;
    private volatile long lastBuildEnded;

    private final SuggestLoader loader;
    private final LedeConfig config;
    /** The highest seq known committed: of an event seen here, or the log's head read by the follower. */
    private final AtomicLong seen = new AtomicLong();
    /** Writers waiting for the queued rebuild: while there are any, it does not rest. */
    private final AtomicInteger waitingWriters = new AtomicInteger();
    private final AtomicReference<SuggestIndex> current = new AtomicReference<>();
    private volatile boolean stopped;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(daemon("lede-suggest-build"));
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(daemon("lede-suggest-follow"));
    /** The rebuild asked for and not yet started, which new requests join; null when none is waiting. */
    private CompletableFuture<SuggestIndex> queued;

    SuggestIndexHolder(SuggestLoader loader, LedeConfig config) {
        this.loader = loader;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        rebuild();
        // The same interval as the response cache's follower: both keep up with other nodes' writes.
        long every = config.cache().followInterval().toMillis();
        follower.scheduleWithFixedDelay(this::follow, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        // Not an interrupt: one during a read closes H2's file for every thread (a rebuild under way just finishes).
        stopped = true;
        follower.shutdown();
        builder.shutdown();
    }

    /** The current snapshot; only the first request of the process waits for one to exist. */
    SuggestIndex index() {
        SuggestIndex index = current.get();
        return index != null ? index : rebuild().join();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed event) {
        if (event.type() == ResourceType.quote) {
            return; // quotes carry no names
        }
        seen.accumulateAndGet(event.seq(), Math::max);
        if (event.type() == ResourceType.article) {
            return; // counted by the article index: indexed() asks for the rebuild once the index has the change
        }
        SuggestIndex index = current.get();
        if (index != null && index.seq() >= event.seq()) {
            return; // an earlier event of the same transaction already waited for a snapshot that includes this one
        }
        CompletableFuture<SuggestIndex> next = rebuild();
        if (index == null || index.size() < WAIT_WHILE_KEYS_UNDER) {
            waitingWriters.incrementAndGet(); // the queued rebuild skips its rest: a writer waits for the build only
            try {
                next.get(WRITER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOG.warnf("typeahead not rebuilt within %d ms of a write to a %s; it will catch up", WRITER_WAIT_MILLIS, event.type());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("typeahead rebuild failed", e.getCause());
            } finally {
                waitingWriters.decrementAndGet();
            }
        }
    }

    /** The article index applied changes (this node's at commit, or another node's when followed): counts moved. */
    void indexed(@Observes IndexApplied applied) {
        if (applied.type() == ResourceType.article) {
            rebuild();
        }
    }

    /** Another node's writes: rebuild when the log's head has moved past the snapshot. */
    private void follow() {
        try {
            long head = loader.head();
            seen.accumulateAndGet(head, Math::max);
            SuggestIndex index = current.get();
            if (index == null || head > index.seq()) {
                rebuild();
            }
        } catch (RuntimeException e) {
            LOG.warn("could not follow the change log for typeahead", e);
        }
    }

    /** A rebuild that starts after this call: the queued one if any, else a new one. */
    private synchronized CompletableFuture<SuggestIndex> rebuild() {
        if (queued == null) {
            CompletableFuture<SuggestIndex> next = new CompletableFuture<>();
            queued = next;
            builder.execute(() -> build(next));
        }
        return queued;
    }

    private void build(CompletableFuture<SuggestIndex> result) {
        rest(); // requests meanwhile join this queued rebuild, so a burst of writes costs one
        if (stopped) {
            result.cancel(false);
            return;
        }
        synchronized (this) {
            queued = null; // from now on, a new request needs a new rebuild: this one may have read too early
        }
        try {
            long started = System.nanoTime();
            SuggestIndex index = loader.load(seen.get()); // every write up to it committed before this read
            current.accumulateAndGet(index, (old, built) -> old != null && old.seq() > built.seq() ? old : built);
            lastBuildEnded = System.nanoTime();
            lastBuildNanos = lastBuildEnded - started;
            LOG.debugf("typeahead rebuilt at seq %d: %d keys in %d ms", index.seq(), index.size(), lastBuildNanos / 1_000_000);
            result.complete(index);
        } catch (RuntimeException | Error e) { // an Error too: writers waiting on the result must not wait in vain
            LOG.warn("typeahead rebuild failed", e);
            result.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /**
     * Waits until the last rebuild has rested {@value #REST_PER_BUILD} times its own duration, or a writer waits for
     * this rebuild: on a busy machine a small catalog's build can take a second, and its rest would outlast the
     * writer's bound.
     */
    private void rest() {
        long until = lastBuildEnded + REST_PER_BUILD * lastBuildNanos;
        try {
            while (lastBuildEnded != 0 && System.nanoTime() < until && waitingWriters.get() == 0 && !stopped) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
