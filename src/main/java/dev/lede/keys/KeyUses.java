package dev.lede.keys;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps each key's {@code lastUsedAt} about right at the cost of one UPDATE per key per
 * {@code lede.keys.last-used-interval} (1 min) per node, written by one background thread: a request never waits
 * for it, and a use within the interval of the last one written writes nothing. Should the writer fall behind
 * (its queue full), a use is skipped rather than queued: a later one writes it.
 */
@ApplicationScoped
public class KeyUses {
    private static final Logger LOG = Logger.getLogger(KeyUses.class);

    private final ConcurrentHashMap<String, Long> written = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "lede-key-uses");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());
    private final ApiKeyService keys;
    private final long intervalMillis;

    public KeyUses(ApiKeyService keys, KeysConfig config) {
        this.keys = keys;
        this.intervalMillis = config.lastUsedInterval().toMillis();
    }

    /** Notes a use of the key now; queues its write when the last one is older than the interval. */
    void used(String keyId) {
        long now = System.currentTimeMillis();
        Long last = written.get(keyId);
        if (last != null && now - last < intervalMillis) {
            return;
        }
        boolean mine = last == null ? written.putIfAbsent(keyId, now) == null : written.replace(keyId, last, now);
        if (mine) { // one of the requests racing past the interval writes it
            writer.execute(() -> write(keyId, Instant.ofEpochMilli(now)));
        }
    }

    private void write(String keyId, Instant at) {
        try {
            keys.touch(keyId, at);
        } catch (RuntimeException e) {
            LOG.warnf("could not record the use of key %s: %s", keyId, e.toString());
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        writer.shutdown();
    }
}
