package dev.lede.platform.cache;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
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
 *
 * <p>It keeps up with the fastest writer: each tick drains the whole backlog, a batch at a time, rather than one
 * batch per tick (which let a node fall tens of seconds behind another node's bulk load). When the backlog is
 * larger than {@code lede.cache.follow-jump-after} events, evicting event by event would take longer than starting
 * afresh: it drops every cached response and jumps to the head of the log.
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
            timer.shutdown(); // not an interrupt: one during a read closes H2's file for every thread
        }
    }

    /** The last change-log position this node has followed. */
    public long position() {
        return lastSeen;
    }

    /** Catches up with the head of the log as it was when called; returns how many events were read one by one. */
    public long follow() {
        try {
            long head = QuarkusTransaction.requiringNew().call(ChangeEvent::headSeq);
            long foreign = head - lastSeen - cache.appliedHereBetween(lastSeen, head); // its own are evicted already
            if (foreign > config.cache().followJumpAfter()) {
                LOG.infof("The change log holds %d events of other nodes this node has not followed: dropping its response cache",
                        foreign);
                cache.clear();
                lastSeen = head;
                cache.followedUpTo(head);
                return 0;
            }
            long applied = 0;
            while (lastSeen < head) {
                List<ChangeEvent> events = QuarkusTransaction.requiringNew().call(() -> ChangeEvent.after(lastSeen, BATCH));
                if (events.isEmpty()) {
                    break;
                }
                if (events.get(0).seq > lastSeen + 1) { // pruned (lede.changes.retention) before this node read them
                    LOG.infof("The change log no longer holds events %d to %d: dropping this node's response cache",
                            lastSeen + 1, events.get(0).seq - 1);
                    cache.clear();
                }
                events.forEach(this::apply);
                applied += events.size();
            }
            cache.followedUpTo(lastSeen);
            return applied;
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the change log to keep the response cache coherent: %s", e.getMessage());
            cache.clear();
            return 0;
        }
    }

    private void apply(ChangeEvent event) {
        if (!cache.appliedHere(event.seq)) {
            if (event.type == ResourceType.quote && event.embeddedIn == null) {
                cache.clear(); // an event from before the log named a quote's article, whose views embed it
            } else {
                cache.evictChanged(event.type, event.resourceId, event.embeddedIn);
            }
        }
        lastSeen = event.seq;
    }
}
