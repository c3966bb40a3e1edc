package dev.lede.platform.ratelimit;

import dev.lede.platform.security.RecentKeys;
import dev.lede.platform.security.SentKeys;
import dev.lede.platform.web.HttpLayerProblems;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * Takes a token from the caller's bucket for every request and answers 429 when there is none, with the RateLimit
 * headers on every response. Two filters, because who a caller is becomes known at two moments:
 * <ul>
 *   <li>a request without a key is counted by its client address as it arrives, before the transport guards and
 *       before {@code cache/EarlyHits} answers cached reads (where a flood lands), so both answers carry the headers
 *       and a refused request costs no more than a cache hit;</li>
 *   <li>a request with a key known at once ({@code RecentKeys}: the admin key, a key verified within the last
 *       second) is counted by the key's identity (its principal's name, under its most generous scope) as it arrives,
 *       like an anonymous one, since {@code EarlyHits} may answer it too; any other keyed request is counted so
 *       once Quarkus has set up authentication: the identity is asked for here, as {@code SentKeys} would ask next
 *       anyway. A key that fails authentication is counted by address, as an anonymous caller: sending made-up keys
 *       is no way around the limit. A keyed request refused before authentication (by a transport guard) is counted
 *       by address when its headers are written.</li>
 * </ul>
 * Quarkus's own endpoints under {@code /q/} (health, metrics) are not limited: load balancers and scrapers poll them.
 */
@ApplicationScoped
public class RateLimits {
    /** After the security headers (950), before the transport guards (900) and EarlyHits (250). */
    static final int PRIORITY = 920;
    /** After Quarkus's authentication filter (200) has put the deferred identity in the context. */
    static final int KEYED_PRIORITY = 190;
    private static final String COUNTED = "lede.rate-limit.counted";
    /**
     * Quarkus hands a failed authentication, once (the identity is memoized), to the failure handler in the context
     * when the identity is first computed: by default the router's, which would answer a 500. Asked for here, the
     * failure must be left to the REST layer ({@code SentKeys}), which asks next and words the 401.
     */
    private static final BiConsumer<RoutingContext, Throwable> IGNORE_FAILURE = (context, failure) -> { };

    private final RateLimitConfig config;
    private final Policies policies;
    private final Buckets buckets;
    private final ClientAddress addresses;
    private final RecentKeys recentKeys;

    public RateLimits(RateLimitConfig config, Policies policies, Buckets buckets, ClientAddress addresses,
            RecentKeys recentKeys) {
        this.config = config;
        this.policies = policies;
        this.buckets = buckets;
        this.addresses = addresses;
        this.recentKeys = recentKeys;
    }

    void install(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::arrived, PRIORITY);
            filters.register(this::authenticated, KEYED_PRIORITY);
        }
    }

    void arrived(RoutingContext context) {
        HttpServerRequest request = context.request();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (exempt(request)) {
            context.next();
        } else if (SentKeys.sendsKey(authorization)) {
            SecurityIdentity known = recentKeys.of(authorization);
            if (known != null) {
                countKey(context, known);
                return;
            }
            context.addHeadersEndHandler(ended -> countedLate(context));
            context.next();
        } else {
            count(context, policies.anonymous(), addresses.of(request));
        }
    }

    void authenticated(RoutingContext context) {
        HttpServerRequest request = context.request();
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (context.get(COUNTED) != null || exempt(request)
                || !SentKeys.sendsKey(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            context.next();
        } else if (identity == null) {
            count(context, policies.anonymous(), addresses.of(request));
        } else {
            Context here = Vertx.currentContext();
            Object failureHandler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_FAILURE);
            identity.subscribe().with(
                    who -> onContext(here, () -> {
                        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
                        countKey(context, who);
                    }),
                    refused -> onContext(here, () -> {
                        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
                        count(context, policies.anonymous(), addresses.of(request));
                    }));
        }
    }

    private void countKey(RoutingContext context, SecurityIdentity who) {
        if (who == null || who.isAnonymous()) {
            count(context, policies.anonymous(), addresses.of(context.request()));
        } else {
            count(context, policies.of(who), "key:" + who.getPrincipal().getName());
        }
    }

    private void count(RoutingContext context, Policy policy, String caller) {
        context.put(COUNTED, Boolean.TRUE);
        Buckets.Outcome outcome = buckets.take(policy, caller);
        RateLimitHeaders.put(context.response(), outcome);
        if (outcome.allowed()) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        if (!request.isEnded()) { // a body nobody reads: discard it so the connection can carry the next request
            request.handler(ignored -> { });
            request.resume();
        }
        HttpLayerProblems.write(context, 429, "Too many requests: the \"" + policy.name() + "\" policy allows "
                + policy.quota() + " requests per " + policy.windowSeconds() + " seconds; retry in "
                + outcome.retryAfterSeconds() + " seconds", null);
    }

    /** A keyed request answered before it reached {@link #authenticated}: counted, by address, and told so. */
    private void countedLate(RoutingContext context) {
        if (context.get(COUNTED) == null) {
            context.put(COUNTED, Boolean.TRUE);
            RateLimitHeaders.put(context.response(),
                    buckets.take(policies.anonymous(), addresses.of(context.request())));
        }
    }

    private static boolean exempt(HttpServerRequest request) {
        String path = request.path(); // raw; null for a target that does not parse, which is counted like any other
        return path != null && path.startsWith("/q/");
    }

    private static void onContext(Context context, Runnable step) {
        if (context == null || context == Vertx.currentContext()) {
            step.run();
        } else {
            context.runOnContext(ignored -> step.run());
        }
    }
}
