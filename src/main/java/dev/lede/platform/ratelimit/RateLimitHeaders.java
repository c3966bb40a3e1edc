package dev.lede.platform.ratelimit;

import io.vertx.core.http.HttpServerResponse;

/**
 * The fields of draft-ietf-httpapi-ratelimit-headers (draft 09 and later), both Structured Field Lists (RFC 9651) of
 * Items whose value is a String naming a quota policy:
 * <ul>
 *   <li>{@code RateLimit-Policy: "anon";q=60;w=60}: the policy, its quota {@code q} (requests, the default quota
 *       unit) and its window {@code w} in seconds;</li>
 *   <li>{@code RateLimit: "anon";r=12;t=30}: the requests {@code r} still available under that policy and
 *       {@code t}, the seconds until the quota is fully available again (the bucket refills steadily, so a client
 *       may also send before then).</li>
 * </ul>
 * A refused request also gets {@code Retry-After} (RFC 9110), the seconds until its next request is allowed.
 */
final class RateLimitHeaders {
    static final String POLICY = "RateLimit-Policy";
    static final String LIMIT = "RateLimit";

    private RateLimitHeaders() {
    }

    static void put(HttpServerResponse response, Buckets.Outcome outcome) {
        Policy policy = outcome.policy();
        String name = '"' + policy.name() + '"';
        response.putHeader(POLICY, name + ";q=" + policy.quota() + ";w=" + policy.windowSeconds());
        response.putHeader(LIMIT, name + ";r=" + outcome.remaining() + ";t=" + outcome.resetSeconds());
        if (!outcome.allowed()) {
            response.putHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
        }
    }
}
