package dev.lede.webhook;

import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A node without a master key (it may start while no subscription exists, and one may be made on a keyed node since)
 * takes no delivery lease: it could sign nothing, and each failed attempt would push a subscription a keyed node can
 * serve toward dead letters. The same dispatcher with a key, beside it, does claim: the test can tell the two apart.
 */
@QuarkusTest
class WebhookNoMasterKeyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject WebhookConfig config;

    @Test
    void aNodeWithoutAMasterKeyClaimsNoWorkWhileOneWithAKeyDoes() throws Exception {
        String tag = "keyless-" + unique();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            hooks.subscribe(receiver.url(), Map.of("tag", tag));
            published("Keyless " + tag, Hooks.tagged(tag)); // due work a node could claim

            Counting keyless = new Counting(config);
            WebhookDispatcher withoutKey = new WebhookDispatcher(config, keyless, null, null, null,
                    OtherNodeCiphers.under(config, null));
            withoutKey.start(null);
            withoutKey.subscribed();
            Thread.sleep(config.pollInterval().multipliedBy(4).toMillis());
            withoutKey.stop(null);
            assertThat(keyless.claims.get()).as("no lease looked for, so none taken").isZero();

            Counting keyed = new Counting(config);
            WebhookDispatcher withKey = new WebhookDispatcher(config, keyed, null, null, null, new SealedSecrets(config));
            withKey.start(null);
            withKey.subscribed();
            try {
                assertThat(Receiver.within(PATIENCE, () -> keyed.claims.get() > 0)).as("the control").isTrue();
            } finally {
                withKey.stop(null);
            }
        }
    }

    /** Leases that count the look-ups and hand out nothing: this test's dispatchers must not race the real one. */
    private static final class Counting extends WebhookLeases {
        final AtomicInteger claims = new AtomicInteger();

        Counting(WebhookConfig config) {
            super(config);
        }

        @Override
        List<Claim> claimDue(int limit, Set<String> busy) {
            claims.incrementAndGet();
            return List.of();
        }

        @Override
        boolean anySubscription() {
            return true;
        }
    }
}
