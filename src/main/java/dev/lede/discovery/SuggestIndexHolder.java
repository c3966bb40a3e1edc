package dev.lede.discovery;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ResourceType;
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
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Keeps the typeahead snapshot current. Requests read the current {@link SuggestIndex} and never wait for a rebuild,
 * except the very first one of the process. A rebuild reads everything again on one background thread and swaps the
 * new snapshot in atomically; requests for a rebuild that arrive while one is queued share it.
 *
 * <p>When: a write committed on this node ({@link ChangeLog.Committed} after success) asks for one; a write to a name
 * (a person, entity or source) also waits for it, up to a bound, so that the 2xx of a create or a rename is followed
 * by suggestions that show it. Article writes change only mention counts and headlines and do not wait. Writes of
 * other nodes are seen by following the change log's head every second: a snapshot older than the head is rebuilt.
 */
@ApplicationScoped
class SuggestIndexHolder {
    private static final Logger LOG = Logger.getLogger(SuggestIndexHolder.class);
    private static final long WRITER_WAIT_MILLIS = 5_000;
    private static final long FOLLOW_MILLIS = 1_000;

    private final SuggestLoader loader;
    private final AtomicReference<SuggestIndex> current = new AtomicReference<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(daemon("lede-suggest-build"));
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(daemon("lede-suggest-follow"));
    /** The rebuild asked for and not yet started, which new requests join; null when none is waiting. */
    private CompletableFuture<SuggestIndex> queued;

    SuggestIndexHolder(SuggestLoader loader) {
        this.loader = loader;
    }

    void start(@Observes StartupEvent started) {
        rebuild();
        follower.scheduleWithFixedDelay(this::follow, FOLLOW_MILLIS, FOLLOW_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        follower.shutdownNow();
        builder.shutdownNow();
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
        SuggestIndex index = current.get();
        if (index != null && index.seq() >= event.seq()) {
            return; // an earlier event of the same transaction already waited for a snapshot that includes this one
        }
        CompletableFuture<SuggestIndex> next = rebuild();
        if (event.type() != ResourceType.article) {
            try {
                next.get(WRITER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOG.warnf("typeahead not rebuilt within %d ms of a write to a %s; it will catch up", WRITER_WAIT_MILLIS, event.type());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("typeahead rebuild failed", e.getCause());
            }
        }
    }

    /** Another node's writes: rebuild when the log's head has moved past the snapshot. */
    private void follow() {
        try {
            SuggestIndex index = current.get();
            if (index == null || loader.head() > index.seq()) {
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
        synchronized (this) {
            queued = null; // from now on, a new request needs a new rebuild: this one may have read too early
        }
        try {
            long started = System.nanoTime();
            SuggestIndex index = loader.load();
            current.accumulateAndGet(index, (old, built) -> old != null && old.seq() > built.seq() ? old : built);
            LOG.debugf("typeahead rebuilt at seq %d: %d keys in %d ms", index.seq(), index.size(),
                    (System.nanoTime() - started) / 1_000_000);
            result.complete(index);
        } catch (RuntimeException e) {
            LOG.warn("typeahead rebuild failed", e);
            result.completeExceptionally(e);
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
