package dev.lede.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The dispatcher's idea of whether any subscription exists. The order that once left a subscription undelivered for
 * the whole idle check (a CI flake: the deliveries of a test never came): a look reads "none", a subscription is made
 * and announced, then the look's answer lands.
 */
class KnownSubscriptionsTest {
    private static final long HOUR = 3_600_000;

    @Test
    void shouldKeepASubscriptionMadeWhileALookWasUnderWay() {
        KnownSubscriptions subscriptions = new KnownSubscriptions(HOUR);
        long look = subscriptions.look();
        subscriptions.subscribed();
        subscriptions.settle(look, false, 0);

        assertThat(subscriptions.known()).isTrue();
        assertThat(subscriptions.worthALook(1)).isTrue();
    }

    @Test
    void shouldGoIdleUntilTheNextCheckWhenALookFindsNone() {
        KnownSubscriptions subscriptions = new KnownSubscriptions(HOUR);
        subscriptions.subscribed();
        subscriptions.settle(subscriptions.look(), false, 1_000);

        assertThat(subscriptions.known()).isFalse();
        assertThat(subscriptions.worthALook(1_000 + HOUR - 1)).isFalse();
        assertThat(subscriptions.worthALook(1_000 + HOUR)).isTrue();
    }

    @Test
    void shouldLookAgainAsSoonAsASubscriptionIsMadeOnAnIdleNode() {
        KnownSubscriptions subscriptions = new KnownSubscriptions(HOUR);
        subscriptions.settle(subscriptions.look(), false, 0);
        subscriptions.subscribed();

        assertThat(subscriptions.worthALook(1)).isTrue();
    }
}
