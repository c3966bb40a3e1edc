package dev.lede.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Token buckets per caller ({@code lede.rate-limit.*}): how many requests each kind of caller may make per window. */
@ConfigMapping(prefix = "lede.rate-limit")
public interface RateLimitConfig {
    /** False: no limit, no RateLimit headers ({@code LEDE_RATE_LIMIT_ENABLED}). */
    @WithDefault("true")
    boolean enabled();

    /** The window every quota is counted over; a bucket refills its whole quota, steadily, over this long. */
    @WithDefault("60s")
    Duration window();

    /** Requests per window for each client address that sends no key ({@code LEDE_RATE_LIMIT_ANONYMOUS}). */
    @WithDefault("60")
    long anonymous();

    /**
     * Requests per window for a key, by scope (the key's security roles, with {@code :} written {@code -}:
     * {@code content-read}, {@code content-write}, {@code ingest}, {@code partner}, {@code admin}). A key holding
     * several scopes gets the most generous of them.
     */
    Map<String, Long> scopes();

    /** Requests per window for a key that holds none of the scopes configured above. */
    @WithDefault("600")
    long otherKeys();

    /**
     * The proxies (CIDRs, such as {@code 10.0.0.0/8} or {@code ::1/128}) whose {@code X-Forwarded-For} and
     * {@code Forwarded} headers name the client; none by default, so a client cannot choose its own address.
     */
    Optional<List<String>> trustedProxies();

    /**
     * The one header the trusted proxies write: {@code x-forwarded-for} (nginx, HAProxy, cloud balancers) or
     * {@code forwarded} (RFC 7239). Only that one is read: most proxies append to one and pass the other through as
     * the client wrote it, so reading both would let a client name its own address.
     */
    @WithDefault("x-forwarded-for")
    ForwardedHeader forwardedHeader();

    /** The forwarding headers a proxy may write. */
    enum ForwardedHeader {
        X_FORWARDED_FOR, FORWARDED
    }

    /** At most this many buckets are kept in memory per node; the least recently used go first. */
    @WithDefault("200000")
    long maxBuckets();

    Cluster cluster();

    interface Cluster {
        /**
         * Whether nodes on one PostgreSQL share their buckets (Bucket4j's PostgreSQL proxy manager): each node
         * answers from its own bucket and, every {@link #syncInterval()}, adds what it consumed to the shared one and
         * takes its state back. Ignored on H2 (one node).
         */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1s")
        Duration syncInterval();

        /** At most this many buckets are synchronised per interval, those that consumed most first. */
        @WithDefault("2000")
        int maxSyncsPerInterval();
    }
}
