package dev.lede.changes;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.config.LedeConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Wakes the change feed's long-polls. A long-poll registers a future before it reads, then parks on it without a
 * thread or a connection; the future completes when a write commits on this node (an observer after success) or when
 * a once-a-second look at the log's head, made only while someone waits, finds it moved (another node's write).
 * Registering before reading means a commit between the read and the parking still wakes it.
 */
@ApplicationScoped
class ChangeSignals {
    private static final Logger LOG = Logger.getLogger(ChangeSignals.class);
    private static final long POLL_MILLIS = 1000;

    private final Set<CompletableFuture<Void>> registered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger parked = new AtomicInteger();
    private final int maxParked;
    private volatile long lastHead = -1;
    private ScheduledExecutorService poller;

    ChangeSignals(LedeConfig config) {
        this.maxParked = config.changes().maxWaiters();
    }

    void start(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lede-change-feed-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::lookAtHead, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdown();
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        lastHead = Math.max(lastHead, change.seq());
        signal();
    }

    /** A future completed by the next commit seen after this call. */
    CompletableFuture<Void> register() {
        CompletableFuture<Void> next = new CompletableFuture<>();
        registered.add(next);
        return next;
    }

    void forget(CompletableFuture<Void> future) {
        registered.remove(future);
    }

    /** Counts a long-poll that parks; false when as many as allowed wait already (it must not park). */
    boolean park() {
        if (parked.incrementAndGet() > maxParked) {
            parked.decrementAndGet();
            return false;
        }
        return true;
    }

    void unpark() {
        parked.decrementAndGet();
    }

    int parked() {
        return parked.get();
    }

    private void signal() {
        for (CompletableFuture<Void> future : registered) {
            registered.remove(future);
            future.complete(null);
        }
    }

    /** Other nodes' writes: one indexed read of the head a second, only while a long-poll waits. */
    private void lookAtHead() {
        if (parked.get() == 0) {
            return;
        }
        try {
            long head = QuarkusTransaction.requiringNew().call(ChangeEvent::headSeq);
            if (head != lastHead) {
                lastHead = head;
                signal();
            }
        } catch (RuntimeException | Error e) { // an escaping throwable would cancel every later poll
            LOG.warnf("Could not read the change log's head for waiting long-polls, retried shortly: %s", e.getMessage());
        }
    }
}
