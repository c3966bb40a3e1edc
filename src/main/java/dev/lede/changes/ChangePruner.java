package dev.lede.changes;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.RetainedPosition;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * With {@code lede.changes.retention} set, removes change events older than it, from the oldest on, every
 * {@code lede.changes.prune-interval}. A feed cursor, the cache's follower or a search index whose position is older
 * than the oldest event kept then resynchronises (410 for the feed; a cleared cache; a rebuilt index) rather than
 * silently missing what was removed. Every node may run it: removing a prefix twice removes it once.
 */
@ApplicationScoped
class ChangePruner {
    private static final Logger LOG = Logger.getLogger(ChangePruner.class);
    /** Events removed per transaction: a long backlog goes in short steps, not one statement holding the table. */
    static final int BATCH = 10_000;

    private final Optional<Duration> retention;
    private final Duration every;
    private final Instance<RetainedPosition> held;
    private ScheduledExecutorService timer;

    ChangePruner(LedeConfig config, Instance<RetainedPosition> held) {
        this.retention = config.changes().retention();
        this.every = config.changes().pruneInterval();
        this.held = held;
    }

    void start(@Observes StartupEvent event) {
        if (retention.isEmpty()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lede-change-pruner");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::pruneNow, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdown();
        }
    }

    private void pruneNow() {
        try {
            long removed = prune(Times.now().minus(retention.orElseThrow()));
            if (removed > 0) {
                LOG.infof("Removed %d change events older than the retention of %s", removed, retention.orElseThrow());
            }
        } catch (RuntimeException | Error e) { // an escaping throwable would cancel every later pruning
            LOG.warnf("Could not prune the change log, retried shortly: %s", e.getMessage());
        }
    }

    /** Removes the events numbered before the first one written at or after {@code cutoff}; returns how many. */
    long prune(Instant cutoff) {
        long removed = 0;
        int step;
        do {
            step = QuarkusTransaction.requiringNew().call(() -> ChangeEvent.pruneBefore(cutoff, heldFrom(), BATCH));
            removed += step;
        } while (step == BATCH);
        return removed;
    }

    /** The lowest position a reader that must see every later event holds (webhook cursors): nothing after it goes. */
    private long heldFrom() {
        return held.stream().map(RetainedPosition::lowest).filter(java.util.OptionalLong::isPresent)
                .mapToLong(java.util.OptionalLong::getAsLong).min().orElse(Long.MAX_VALUE - 1);
    }
}
