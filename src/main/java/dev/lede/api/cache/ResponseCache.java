package dev.lede.api.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import dev.lede.changelog.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serialised public responses, kept until the change log says something they show has changed.
 *
 * <p>Each entry remembers the ids of every resource its JSON names (the article, its publisher, each person...)
 * and, for lists, a "list" marker. A committed write evicts the entries that name what it changed (and every
 * list: any write can move an item into or out of one). A response computed while a write committed is not
 * stored: the generation counter moves on every eviction, and an entry is kept only if it did not move between
 * the start of the request and the store.
 */
@ApplicationScoped
public class ResponseCache {
    static final String LIST = "list";
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A stored response: its bytes and the headers that go with them. */
    public record Entry(byte[] body, String etag, String link, Set<String> dependsOn) {
    }

    private final Map<String, Set<String>> keysByDependency = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** Change-log positions this node has applied at commit; the follower skips them. */
    private final java.util.concurrent.ConcurrentSkipListSet<Long> appliedHere = new java.util.concurrent.ConcurrentSkipListSet<>();
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Entry entry) -> entry.body().length + key.length() + 256)
            .removalListener((String key, Entry entry, RemovalCause cause) -> forget(key, entry))
            .recordStats()
            .build();

    public long generation() {
        return generation.get();
    }

    public Entry get(String key) {
        return entries.getIfPresent(key);
    }

    /** Stores a response unless the catalog changed since the request began (it might show the old state). */
    public void put(String key, long generationAtStart, byte[] body, String etag, String link, JsonNode json, boolean list) {
        Set<String> dependsOn = new HashSet<>();
        collectIds(json, dependsOn);
        if (list) {
            dependsOn.add(LIST);
        }
        Entry entry = new Entry(body, etag, link, Set.copyOf(dependsOn));
        dependsOn.forEach(id -> keysByDependency.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(key));
        if (generation.get() == generationAtStart) {
            entries.put(key, entry);
        }
        if (generation.get() != generationAtStart) {
            entries.invalidate(key); // a write committed meanwhile: drop what may be stale
        }
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        appliedHere.add(change.seq());
        evictChanged(change.resourceId());
        change.embeddedIn().forEach(this::evict);
    }

    /** Evicts what shows the resource, and every list. */
    public void evictChanged(String resourceId) {
        generation.incrementAndGet();
        evict(resourceId);
        evict(LIST);
    }

    /** True when this node evicted for that change at commit (and forgets it: each is asked about once). */
    boolean appliedHere(long seq) {
        return appliedHere.remove(seq);
    }

    /** Forgets local positions the follower has passed (a write that rolled back after firing leaves none). */
    void followedUpTo(long seq) {
        appliedHere.headSet(seq, true).clear();
    }

    /** Drops everything: for writes made by another node, which this one learns of only from the change log. */
    public void clear() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    public long size() {
        return entries.estimatedSize();
    }

    public double hitRate() {
        return entries.stats().hitRate();
    }

    private void evict(String dependency) {
        Set<String> keys = keysByDependency.remove(dependency);
        if (keys != null) {
            entries.invalidateAll(keys);
        }
    }

    private void forget(String key, Entry entry) {
        if (entry != null) {
            entry.dependsOn().forEach(id -> {
                Set<String> keys = keysByDependency.get(id);
                if (keys != null) {
                    keys.remove(key);
                }
            });
        }
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) {
                ids.add(id.textValue());
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectIds(child, ids));
        }
    }
}
