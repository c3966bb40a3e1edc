package dev.lede.changes;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;
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
 *
 * <p>A commit wakes only the long-polls it concerns: of its resource's type, and public unless the long-poll's caller
 * sees every event. With 500 anonymous partners waiting, a draft's edit wakes none of them (each woken one costs a page
 * read). The look at the head asks which kinds of event it passed, one grouped read of a range of the primary key;
 * past {@value #MAX_SCANNED} events (a long idle spell, a bulk load elsewhere) it wakes everyone instead.
 */
@ApplicationScoped
class ChangeSignals {
    private static final Logger LOG = Logger.getLogger(ChangeSignals.class);
    private static final long POLL_MILLIS = 1000;
    static final int MAX_SCANNED = 10_000;

    /**
     * What a long-poll waits for: these types, only public events unless {@code all}, and for a key limited by
     * entitlements only events it may see ({@code labelGroups}, as {@link ChangeEvent#visibleTo}; none: no limit).
     */
    record Interest(Set<ResourceType> types, boolean all, List<List<String>> labelGroups) {
        Interest(Set<ResourceType> types, boolean all) {
            this(types, all, List.of());
        }

        boolean wants(ResourceType type, boolean isPublic) {
            return types.contains(type) && (all || isPublic);
        }

        /** A committed event of this node, whose labels are known: a limited key is not woken by what it cannot see. */
        boolean wants(ChangeEvent event) {
            return wants(event.type, event.isPublic) && event.visibleTo(labelGroups);
        }
    }

    private final Map<CompletableFuture<Void>, Interest> registered = new ConcurrentHashMap<>();
    private final AtomicInteger parked = new AtomicInteger();
    private final int maxParked;
    /** The head the last look saw (-1 before one); this node's own commits do not move it, see {@link #lookAtHead}. */
    private volatile long polledHead = -1;
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
        try {
            // The head at start: the first look then scans from here, rather than waking every long-poll.
            polledHead = QuarkusTransaction.requiringNew().call(ChangeEvent::headSeq);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the change log's head at start; the first look will wake every long-poll: %s",
                    e.getMessage());
        }
        poller.scheduleWithFixedDelay(this::lookAtHead, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdown();
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        signal(interest -> interest.wants(change.event()));
    }

    /** A future completed by the next commit seen after this call that concerns this interest. */
    CompletableFuture<Void> register(Interest interest) {
        CompletableFuture<Void> next = new CompletableFuture<>();
        registered.put(next, interest);
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

    /**
     * Another node's event, of which only the kind is read: a limited key is woken whatever the labels, reads, and
     * parks again when it shows nothing.
     */
    private void signal(ResourceType type, boolean isPublic) {
        signal(interest -> interest.wants(type, isPublic));
    }

    private void signal(java.util.function.Predicate<Interest> concerned) {
        registered.forEach((future, interest) -> {
            if (concerned.test(interest) && registered.remove(future, interest)) {
                future.complete(null);
            }
        });
    }

    private void signalAll() {
        registered.keySet().forEach(future -> {
            if (registered.remove(future) != null) {
                future.complete(null);
            }
        });
    }

    /**
     * Other nodes' writes: one indexed read of the head a second, only while a long-poll waits, and when it moved, the
     * kinds of event it passed. The range starts at the head the last look saw, not at this node's last commit: a
     * commit here can number after another node's that this look has not seen yet. So this node's own events are looked
     * at again, which at worst wakes a long-poll that then reads nothing and parks again.
     */
    private void lookAtHead() {
        if (parked.get() == 0) {
            return;
        }
        try {
            long from = polledHead;
            List<ChangeEvent.Kind> kinds = QuarkusTransaction.requiringNew().call(() -> {
                long head = ChangeEvent.headSeq();
                polledHead = head;
                return from < 0 || head - from > MAX_SCANNED ? null : head == from ? List.of()
                        : ChangeEvent.kindsBetween(from, head);
            });
            if (kinds == null) {
                signalAll();
            } else {
                kinds.forEach(kind -> signal(kind.type(), kind.isPublic()));
            }
        } catch (RuntimeException | Error e) { // an escaping throwable would cancel every later poll
            LOG.warnf("Could not read the change log's head for waiting long-polls, retried shortly: %s", e.getMessage());
        }
    }
}
