package dev.lede.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.search.IndexApplied;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.web.AlternateFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serialised public responses, kept until the change log says something they show has changed.
 *
 * <p>Each entry records, for every id its JSON names (the article, its publisher, each person...) and, for a list
 * page, for the {@link ListScope markers} of the lists it belongs to, the version that id or marker had when the
 * entry was stored. A committed write bumps the version of what it changed and of the lists it can change (see
 * {@link dev.lede.platform.changelog.Tracked#listsChanged}: publishing an article naming a person changes the newest articles
 * and that person's articles, not another person's; a draft changes none), and an entry whose recorded versions are
 * no longer current is a miss. Checking versions on read, rather than indexing entries by
 * id for eviction, leaves no index to race with concurrent stores. A response computed while a write committed is
 * not stored: the generation counter moves before any version does, and is checked when storing.
 */
@ApplicationScoped
public class ResponseCache {
    /**
     * An eighth of the heap, at most 64 MiB (32 MiB with the README's -Xmx256m). A fixed 64 MiB of bodies (with the
     * entries' overhead, nearer 90) beside H2's own page cache left a 256 MB heap too full once the cache had filled: the
     * 10-minute soak showed about 20 full collections a minute and a read p99 of seconds.
     */
    private static final long MAX_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

    /**
     * A stored response: its bytes, their gzip form ({@link Gzip}; null when not worth one), the headers that go with
     * them, the route template it was answered by (for the HTTP metrics of the hits {@link EarlyHits} answers; null
     * when unknown), the versions of what it shows, the generation its computation started at (an entry from
     * before the last {@link #clear} is not served), and whether its URL chose its representation whatever the Accept
     * ({@code anyAccept}: {@code ?format=}, see {@link Representations#chosenByUrl}).
     */
    public record Entry(byte[] body, byte[] gzipped, String mediaType, String etag, String link, String template,
            Map<String, Long> dependsOn, long generation, SharedCaching.Headers shared, boolean anyAccept) {
        /** The form a request with this Accept-Encoding is sent. */
        Gzip.Form form(String acceptEncoding) {
            return Gzip.Form.of(body, gzipped, etag, acceptEncoding);
        }
    }

    /**
     * A request's key: its path and query as sent, so that the REST layer and {@link EarlyHits} agree on it, and the
     * alternate format its Accept asks for ({@link AlternateFormats}), so one URL's JSON and ninjs are kept apart.
     */
    static String keyOf(io.vertx.core.http.HttpServerRequest request) {
        String query = request.query();
        String key = query == null ? request.path() : request.path() + "?" + query;
        String format = AlternateFormats.preferred(request.getHeader("Accept"));
        return format == null ? key : key + " " + format;
    }

    /** The generation of the last {@link #clear}: entries whose computation started before it are misses. */
    private volatile long clearedAt;
    /** The version of every id and list marker a committed write changed (see {@link Versions}). */
    private final Versions versions;
    static final int MAX_TRACKED = Versions.MAX_TRACKED;
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Entry entry) -> entry.body().length + (entry.gzipped() == null ? 0 : entry.gzipped().length)
                    + key.length() + 64 * entry.dependsOn().size())
            .recordStats()
            .build();

    public long generation() {
        return versions.generation();
    }

    /** A miss being computed: the requests that miss the same key meanwhile wait for it rather than compute it too. */
    record InFlight(CompletableFuture<Void> done, long startedNanos) {
        boolean abandoned(Duration patience) {
            return System.nanoTime() - startedNanos > patience.toNanos();
        }
    }

    /** How long a miss waits for another computing the same response, and after which an unfinished one is ignored. */
    static final Duration LEADER_PATIENCE = Duration.ofSeconds(2);
    private final Map<String, InFlight> computing = new ConcurrentHashMap<>();
    private static final int MAX_IN_FLIGHT = 10_000;
    private final Duration patience;

    public ResponseCache() {
        this(LEADER_PATIENCE, MAX_TRACKED);
    }

    /** Tests: a shorter patience with an unfinished computation, or fewer ids tracked before forgetting. */
    ResponseCache(Duration patience, int maxTracked) {
        this.patience = patience;
        this.versions = new Versions(maxTracked);
    }

    /**
     * This miss's part (a cache stampede after an eviction becomes one computation and waits): computing the key,
     * {@code leads} set, after which {@link #computed} must be called with it; or waiting, {@code waitFor} set, for
     * the completion of the request that computes it. Each waiter gets its own copy of that completion, so one that
     * gives up (a time-out, a closed connection) cancels nothing for the others.
     */
    record Miss(InFlight leads, CompletableFuture<Void> waitFor) {
    }

    Miss miss(String key) {
        InFlight mine = new InFlight(new CompletableFuture<>(), System.nanoTime());
        InFlight current = computing.compute(key, (k, old) -> old == null || old.abandoned(patience) ? mine : old);
        if (computing.size() > MAX_IN_FLIGHT) {
            // Requests whose response filter never ran (a dropped connection) leave their entry: forget old ones.
            computing.entrySet().removeIf(entry -> entry.getValue() != mine && entry.getValue().abandoned(patience));
        }
        return current == mine ? new Miss(mine, null) : new Miss(null, current.done().copy());
    }

    /** The computing request is done (stored or not): the ones waiting for it look again. */
    void computed(String key, InFlight mine) {
        computing.remove(key, mine); // not a later computation that replaced an abandoned one
        mine.done().complete(null);
    }

    /** The stored response, or null when there is none or something it shows has changed since. */
    public Entry get(String key) {
        Entry entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (entry.generation() < clearedAt) { // stored by a computation that a clear overtook
            entries.asMap().remove(key, entry);
            return null;
        }
        for (Map.Entry<String, Long> dependency : entry.dependsOn().entrySet()) {
            if (versions.of(dependency.getKey()) != dependency.getValue()) {
                entries.asMap().remove(key, entry);
                return null;
            }
        }
        return entry;
    }

    /**
     * Stores a response, with its gzip form, unless the catalog changed since the request began (it might show the old
     * state), with the ids and list markers it depends on ({@link Dependencies#of}) and its shared-caching headers.
     * Returns the stored entry, or null when nothing was stored.
     */
    public Entry put(String key, long generationAtStart, byte[] body, String mediaType, String etag, String link,
            String template, Set<String> ids, SharedCaching.Headers shared) {
        return put(key, generationAtStart, body, mediaType, etag, link, template, ids, shared, false);
    }

    /** {@link #put}, for a response whose URL chose its representation whatever the Accept ({@code anyAccept}). */
    Entry put(String key, long generationAtStart, byte[] body, String mediaType, String etag, String link,
            String template, Set<String> ids, SharedCaching.Headers shared, boolean anyAccept) {
        Map<String, Long> dependsOn = new HashMap<>();
        ids.forEach(id -> dependsOn.put(id, versions.of(id)));
        if (versions.generation() != generationAtStart) {
            return null;
        }
        // Compressed here, once, on the computing request's worker thread: never on the IO thread of a hit.
        Entry entry = new Entry(body, Gzip.compress(body), mediaType, etag, link, template, Map.copyOf(dependsOn),
                generationAtStart, shared, anyAccept);
        entries.put(key, entry);
        return entry;
    }

    /** When the last change this node knows of was applied (wall clock). */
    long lastChangeMillis() {
        return versions.lastChangeMillis();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        appliedHere.add(change.seq());
        // The resource itself last: a reader that sees its new state (a miss computed after this bump) then finds
        // no list or embedding of it still cached in the old state. Bumped first, a list read in between (a thread
        // descheduled on a loaded machine) got the stale page once the item already read fresh.
        change.listsChanged().forEach(versions::bump);
        change.embeddedIn().forEach(versions::bump);
        versions.bump(change.resourceId());
    }

    /** A search index has applied changes, maybe after their commit: the search pages of that type computed meanwhile go. */
    void indexApplied(@Observes IndexApplied applied) {
        versions.bump(ListMarkers.searched(applied.type()));
    }

    /** Makes stale what shows the resource and every list of its type: for a change whose details are unknown. */
    void evictChanged(ResourceType type, String resourceId) {
        evictChanged(type, resourceId, null);
    }

    /** {@link #evictChanged(ResourceType, String)}, and what shows the resource that embeds it (a quote's article). */
    void evictChanged(ResourceType type, String resourceId, String embeddedIn) {
        if (embeddedIn != null) {
            versions.bump(embeddedIn);
        }
        versions.bump(ListMarkers.every(type));
        if (type == ResourceType.article) {
            versions.bump(ListMarkers.every(ResourceType.quote)); // its quotes are public only while it is
        }
        versions.bump(resourceId); // last, as in onCommitted
    }

    /** Change-log positions this node has applied at commit; the follower skips them. */
    private final java.util.concurrent.ConcurrentSkipListSet<Long> appliedHere = new java.util.concurrent.ConcurrentSkipListSet<>();

    /** True when this node evicted for that change at commit (and forgets it: each is asked about once). */
    boolean appliedHere(long seq) {
        return appliedHere.remove(seq);
    }

    /** How many of the positions after {@code after} up to {@code upTo} this node applied at commit itself. */
    long appliedHereBetween(long after, long upTo) {
        return after >= upTo ? 0 : appliedHere.subSet(after, false, upTo, true).size();
    }

    /** Forgets local positions the follower has passed (a write that rolled back after firing leaves none). */
    void followedUpTo(long seq) {
        appliedHere.headSet(seq, true).clear();
    }

    /** Drops everything: for writes made by another node that cannot be traced to the ids they change. */
    void clear() {
        // Before emptying: a store that passed its generation check just before this still lands after it.
        clearedAt = versions.nextGeneration();
        entries.invalidateAll();
    }

    /** Hit rate, size and evictions at /q/metrics as the cache_* series of cache="responses". */
    void publishMetrics(@Observes io.quarkus.runtime.StartupEvent event, io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, entries, "responses");
    }

    /** How many ids have a version of their own (tests: the map stays bounded). */
    int trackedIds() {
        return versions.tracked();
    }
}
