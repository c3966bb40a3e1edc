package dev.lede.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * A quota policy: its name in the RateLimit headers, the requests allowed per window, and the bucket that enforces it:
 * as many tokens as the quota, refilled greedily (one token every window/quota), so a client that used its quota
 * gets requests back steadily rather than all at once at a window's edge.
 */
record Policy(String name, long quota, Duration window, Bandwidth limit, BucketConfiguration bucket) {
    static Policy of(String name, long quota, Duration window) {
        if (quota < 1) {
            throw new IllegalArgumentException("lede.rate-limit: the quota of " + name + " must be at least 1");
        }
        Bandwidth limit = Bandwidth.builder().capacity(quota).refillGreedy(quota, window).build();
        return new Policy(name, quota, window, limit, BucketConfiguration.builder().addLimit(limit).build());
    }

    long windowSeconds() {
        return Math.max(1, window.toSeconds());
    }
}
