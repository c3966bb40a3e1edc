package dev.lede.api.cache;

import dev.lede.api.LedeConfig;
import dev.lede.changelog.ChangeEvent;
import dev.lede.changelog.ResourceType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the response cache coherent when several nodes share one database: once a second it reads the change
 * log past the last event it saw and evicts what those events changed (writes made by this node were evicted
 * already, at commit; evicting them again is harmless). A node therefore serves another node's change at most
 * about a second late.
 */
@ApplicationScoped
public class ChangeFollower {
    private static final Logger LOG = Logger.getLogger(ChangeFollower.class);
    private static final int BATCH = 1000;

    private final ResponseCache cache;
    private final LedeConfig config;
    private ScheduledExecutorService timer;
    private volatile long lastSeen;

    public ChangeFollower(ResponseCache cache, LedeConfig config) {
        this.cache = cache;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        lastSeen = QuarkusTransaction.requiringNew().call(ChangeEvent::lastSeq);
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lede-change-follower");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.cache().followInterval().toMillis();
        timer.scheduleWithFixedDelay(this::follow, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    public void follow() {
        try {
            List<ChangeEvent> events = QuarkusTransaction.requiringNew().call(() -> ChangeEvent.after(lastSeen, BATCH));
            for (ChangeEvent event : events) {
                if (cache.appliedHere(event.seq)) {
                    lastSeen = event.seq;
                    continue;
                }
                if (event.type == ResourceType.quote) {
                    cache.clear(); // the event does not name the quote's article, whose view embeds it
                } else {
                    cache.evictChanged(event.type, event.resourceId);
                }
                lastSeen = event.seq;
            }
            cache.followedUpTo(lastSeen);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the change log to keep the response cache coherent: %s", e.getMessage());
            cache.clear();
        }
    }
}
