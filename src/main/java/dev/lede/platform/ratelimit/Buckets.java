package dev.lede.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucket;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's buckets, one per caller and policy, in memory: taking a token is a compare-and-set, never a database
 * round trip, so a limited read costs what an unlimited one does. Memory is bounded: a bucket left idle for a whole
 * window is full again, so forgetting it changes nothing; and at most {@code lede.rate-limit.max-buckets} are kept,
 * the least recently used going first, so a flood from many addresses cannot exhaust the heap. {@link SharedBuckets}
 * reconciles them with the other nodes'.
 */
@Singleton
public class Buckets {
    /** One caller's bucket and what it consumed since it was last reconciled with the shared one. */
    record Held(String id, Policy policy, LocalBucket bucket, AtomicLong unsynced) {
    }

    /** One request's outcome: its policy, whether it may go on, tokens left, seconds to a full bucket and to the next token. */
    record Outcome(Policy policy, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    /** The longest id kept as it is (the shared table's id is a varchar(512)); longer names are hashed. */
    static final int MAX_ID = 300;

    private final Cache<String, Held> held;

    @Inject
    public Buckets(RateLimitConfig config) {
        this(config.maxBuckets(), config.window());
    }

    Buckets(long maxBuckets, java.time.Duration window) {
        held = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(window.toNanos(), TimeUnit.NANOSECONDS)
                .build();
    }

    /** The bucket's id, shared by every node: the policy is part of it, so a key whose scopes change starts afresh. */
    static String id(Policy policy, String caller) {
        String id = policy.name() + "|" + caller;
        return id.length() <= MAX_ID ? id : policy.name() + "|sha256:" + sha256(caller); // the shared table's column
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    Outcome take(Policy policy, String caller) {
        Held bucket = held.get(id(policy, caller), id -> new Held(id, policy,
                Bucket.builder().addLimit(policy.limit()).build(), new AtomicLong()));
        ConsumptionProbe probe = bucket.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            bucket.unsynced().incrementAndGet();
        }
        return new Outcome(policy, probe.isConsumed(), Math.max(0, probe.getRemainingTokens()),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** The buckets that consumed tokens since they were last reconciled, those that consumed most first. */
    List<Held> unsynced(int atMost) {
        List<Held> dirty = new ArrayList<>();
        for (Held bucket : held.asMap().values()) {
            if (bucket.unsynced().get() > 0) {
                dirty.add(bucket);
            }
        }
        dirty.sort(Comparator.comparingLong((Held bucket) -> bucket.unsynced().get()).reversed());
        return dirty.size() > atMost ? dirty.subList(0, atMost) : dirty;
    }

    long size() {
        held.cleanUp();
        return held.estimatedSize();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
