package dev.lede.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Webhooks ({@code lede.webhooks.*}): what receivers may be, how deliveries are retried and how many run at once. */
@ConfigMapping(prefix = "lede.webhooks")
public interface WebhookConfig {
    /** Receivers on loopback, link-local, private, unique-local, multicast or metadata addresses ({@code LEDE_WEBHOOKS_ALLOW_PRIVATE}). */
    @WithDefault("false")
    boolean allowPrivate();

    /** http:// receivers besides https:// ones ({@code LEDE_WEBHOOKS_ALLOW_HTTP}). */
    @WithDefault("false")
    boolean allowHttp();

    /** Deliveries in flight at once on this node, all subscriptions together (each has at most one). */
    @WithDefault("16")
    int maxConcurrency();

    /** How often each node looks for subscriptions with something due (it is also woken by this node's commits). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often a node that knows of no subscription looks whether another node created one. */
    @WithDefault("30s")
    Duration idleCheck();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a receiver may take to answer, after the connection is made. */
    @WithDefault("10s")
    Duration readTimeout();

    /** How long a rotated-out secret still signs (both signatures are sent meanwhile). */
    @WithDefault("24h")
    Duration rotationOverlap();

    Retry retry();

    /**
     * The key that encrypts signing secrets at rest ({@code LEDE_WEBHOOKS_MASTER_KEY}): the base64 of 32 random bytes,
     * the same on every node. Without it (and without a key file) no subscription can be created, and a node whose
     * database has subscriptions refuses to start.
     */
    Optional<String> masterKey();

    /** Where a key is made and kept when none is configured (the dev profile only: beside its H2 data). */
    Optional<String> masterKeyFile();

    interface Retry {
        /** The first retry's delay ceiling ({@code LEDE_WEBHOOKS_RETRY_INITIAL}); each later one doubles it. */
        @WithDefault("5s")
        Duration initial();

        /** The largest delay between two attempts. */
        @WithDefault("1h")
        Duration max();

        /** How long after its first failure an event is given up on (dead-lettered). */
        @WithDefault("25h")
        Duration giveUpAfter();
    }
}
