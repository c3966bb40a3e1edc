package dev.lede.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.changelog.ResourceType;
import org.junit.jupiter.api.Test;

/**
 * The cache's memory of what changed stays bounded however many resources are written (it grew by one entry per new
 * resource for the life of the process), and forgetting never serves a stale response.
 */
class BoundedVersionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void store(ResponseCache cache, String key, String id) {
        ObjectNode body = JSON.createObjectNode().put("id", id);
        cache.put(key, cache.generation(), new byte[] {1}, "\"v1\"", null, body, null);
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
