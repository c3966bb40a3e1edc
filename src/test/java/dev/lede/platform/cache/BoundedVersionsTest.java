package dev.lede.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.platform.changelog.ResourceType;
import org.junit.jupiter.api.Test;

/**
 * The cache's memory of what changed stays bounded however many resources are written (it grew by one entry per new
 * resource for the life of the process), and forgetting never serves a stale response.
 */
class BoundedVersionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void store(ResponseCache cache, String key, String id) {
        ObjectNode body = JSON.createObjectNode().put("id", id);
        cache.put(key, cache.generation(), new byte[] {1}, "application/json", "\"v1\"", null, null, Dependencies.of(body, null), null);
    }

    private static void writeManyOthers(ResponseCache cache, int count) {
        for (int i = 0; i < count; i++) {
            cache.evictChanged(ResourceType.person, "other-" + i);
        }
    }

    @Test
    void shouldStayBoundedWhileResourcesKeepComing() {
        ResponseCache cache = new ResponseCache();
        writeManyOthers(cache, 3 * ResponseCache.MAX_TRACKED);
        assertThat(cache.trackedIds()).isLessThanOrEqualTo(ResponseCache.MAX_TRACKED + 1);
    }

    @Test
    void shouldServeAnUnchangedResponseUntilSomethingChanges() {
        ResponseCache cache = new ResponseCache();
        store(cache, "/v1/people/a", "a");
        writeManyOthers(cache, 10);
        assertThat(cache.get("/v1/people/a")).isNotNull();
        cache.evictChanged(ResourceType.person, "a");
        assertThat(cache.get("/v1/people/a")).isNull();
    }

    /**
     * Readers store what they read while a writer changes the resource and makes it stale (by its id, or by dropping
     * everything, as the follower's jump does), and other writes keep the cache forgetting versions: once the writer's
     * eviction has returned, no read may be served a state older than the writer's.
     */
    @Test
    void shouldNeverServeAStateOlderThanAnEvictionThatReturnedUnderConcurrency() throws Exception {
        ResponseCache cache = new ResponseCache(java.time.Duration.ofSeconds(2), 64);
        java.util.concurrent.atomic.AtomicLong stored = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        ObjectNode body = JSON.createObjectNode().put("id", "x");
        Runnable reader = () -> {
            while (!stop.get()) {
                long generation = cache.generation(); // when the request began, before it read the state
                long state = stored.get();
                cache.put("/v1/people/x", generation, Long.toString(state).getBytes(), "application/json", "\"v\"", null, null, Dependencies.of(body, null), null);
            }
        };
        Runnable others = () -> {
            for (long i = 0; !stop.get(); i++) {
                cache.evictChanged(ResourceType.source, "other-" + i);
            }
        };
        java.util.List<Thread> threads = java.util.List.of(new Thread(reader), new Thread(reader), new Thread(others));
        threads.forEach(Thread::start);
        try {
            for (long state = 1; state <= 20_000; state++) {
                stored.set(state); // the write commits
                if (state % 3 == 0) {
                    cache.clear();
                } else {
                    cache.evictChanged(ResourceType.person, "x");
                }
                ResponseCache.Entry served = cache.get("/v1/people/x");
                if (served != null) {
                    assertThat(Long.parseLong(new String(served.body()))).as("after the change to state " + state)
                            .isGreaterThanOrEqualTo(state);
                }
            }
        } finally {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
        }
        assertThat(cache.trackedIds()).isLessThanOrEqualTo(65);
    }

    @Test
    void shouldNeverReviveAStaleResponseWhenItsChangeIsForgotten() {
        ResponseCache cache = new ResponseCache();
        store(cache, "/v1/people/known", "known");
        cache.evictChanged(ResourceType.person, "seen-before");
        store(cache, "/v1/people/seen-before", "seen-before");
        // Both change, then enough other writes follow for the cache to forget those changes.
        cache.evictChanged(ResourceType.person, "known");
        cache.evictChanged(ResourceType.person, "seen-before");
        writeManyOthers(cache, ResponseCache.MAX_TRACKED + 10);
        assertThat(cache.get("/v1/people/known")).isNull();
        assertThat(cache.get("/v1/people/seen-before")).isNull();
    }
}
