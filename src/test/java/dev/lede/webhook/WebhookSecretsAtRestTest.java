package dev.lede.webhook;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signing secrets are stored encrypted (read here with plain SQL), yet receivers verify every signature, during a
 * rotation both; plain rows an older version wrote are encrypted at start-up; a secret the node's master key cannot open fails the
 * delivery visibly, never the API, and a node with the right key (another instance, as after a restart) delivers.
 */
@QuarkusTest
class WebhookSecretsAtRestTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject EntityManager em;
    @Inject WebhookConfig config;
    @Inject SecretsAtRest atRest;

    @Test
    void shouldStoreNeitherTheGivenNorTheRotatedSecretYetSignWithBoth() throws Exception {
        String tag = "sealed-" + unique();
        String given = WebhookSecrets.generate();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag, "secret", given)).getString("id");
            assertSealed(column(id, "secret"), given);
            String fresh = admin().post("/v1/webhooks/{id}/rotate-secret", id).then().statusCode(200).extract().path("secret");
            assertSealed(column(id, "secret"), fresh);
            assertSealed(column(id, "previous_secret"), given);

            published("Sealed " + tag, Hooks.tagged(tag));
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 1)).isTrue();
            Receiver.Message message = receiver.delivered().get(0);
            assertThat(message.headers().get("webhook-signature").split(" ")).hasSize(2);
            assertThat(StandardWebhooksCheck.verify(given, List.of(message))).containsExactly("ok");
            assertThat(StandardWebhooksCheck.verify(fresh, List.of(message))).containsExactly("ok");
            assertThat(new SealedSecrets(config).open(column(id, "secret"), id))
                    .as("another instance with the same master key (a restarted node) reads it").isEqualTo(fresh);
        }
    }

    @Test
    void shouldEncryptPlainSecretsFromBeforeTheMigrationAtStartUp() throws Exception {
        String tag = "legacy-" + unique();
        String plain = WebhookSecrets.generate();
        String rotatedOut = WebhookSecrets.generate();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag)).getString("id");
            sql("update webhook_subscription set secret = ?1, previous_secret = ?2, previous_until = ?3 where id = ?4",
                    plain, rotatedOut, Instant.now().plus(Duration.ofHours(1)), id); // as versions before encryption stored them

            assertThat(atRest.sealPlain()).as("the start-up step").isPositive();
            assertSealed(column(id, "secret"), plain);
            assertSealed(column(id, "previous_secret"), rotatedOut);
            assertThat(atRest.sealPlain()).as("nothing left to encrypt").isZero();

            published("Legacy " + tag, Hooks.tagged(tag));
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 1)).isTrue();
            List<Receiver.Message> sent = receiver.delivered();
            assertThat(StandardWebhooksCheck.verify(plain, sent)).containsExactly("ok");
            assertThat(StandardWebhooksCheck.verify(rotatedOut, sent)).containsExactly("ok");
        }
    }

    @Test
    void shouldFailTheDeliveryVisiblyWhenTheMasterKeyCannotOpenTheSecret() throws Exception {
        String tag = "wrongkey-" + unique();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            JsonPath hook = hooks.subscribe(receiver.url(), Map.of("tag", tag));
            String id = hook.getString("id");
            String right = column(id, "secret");
            sql("update webhook_subscription set secret = ?1 where id = ?2",
                    OtherNodeCiphers.under(config, randomKey()).seal(hook.getString("secret"), id), id); // encrypted under another key

            published("Wrong key " + tag, Hooks.tagged(tag));
            assertThat(Receiver.within(PATIENCE, () -> "failing".equals(Hooks.get(id).getString("status")))).isTrue();
            JsonPath state = Hooks.get(id);
            assertThat(state.getString("lastError")).startsWith("not sent: the signing secret cannot be decrypted with "
                    + "the configured master key").doesNotContain(hook.getString("secret"));
            JsonPath deliveries = Hooks.deliveries(id);
            assertThat(deliveries.getString("data[0].state")).isEqualTo("pending");
            assertThat(deliveries.getString("data[0].attempts[0].error")).contains("master key");
            assertThat(deliveries.get("data[0].attempts[0].statusCode") == null).as("no request was made").isTrue();
            assertThat(receiver.messages()).as("nothing unsigned is sent").isEmpty();
            admin().get("/v1/webhooks").then().statusCode(200);

            sql("update webhook_subscription set secret = ?1 where id = ?2", right, id); // the right key again
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 1)).as("its retry").isTrue();
            assertThat(StandardWebhooksCheck.verify(hook.getString("secret"), receiver.delivered())).containsExactly("ok");
        }
    }

    @Test
    void shouldRefuseToStartWithoutAMasterKeyWhileSubscriptionsExist() throws Exception {
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            hooks.subscribe(receiver.url(), Map.of("tag", "nokey-" + unique()));
            SealedSecrets none = OtherNodeCiphers.under(config, null);
            assertThatThrownBy(() -> new SecretsAtRest(none).onStart(null)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LEDE_WEBHOOKS_MASTER_KEY");
            assertThatThrownBy(() -> none.seal(WebhookSecrets.generate(), "any")).isInstanceOf(
                    dev.lede.platform.failure.Failure.class).hasMessageContaining("LEDE_WEBHOOKS_MASTER_KEY");
        }
    }

    @Test
    void aSealedSecretCopiedIntoAnotherSubscriptionsRowDoesNotOpenThere() throws Exception {
        String tag = "copied-" + unique();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            JsonPath donor = hooks.subscribe(receiver.url(), Map.of("tag", "donor-" + tag));
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag)).getString("id");
            String copied = column(donor.getString("id"), "secret");
            sql("update webhook_subscription set secret = ?1 where id = ?2", copied, id); // same master key, other row

            assertThatThrownBy(() -> new SealedSecrets(config).open(copied, id))
                    .isInstanceOf(SealedSecrets.Unreadable.class).hasMessageNotContaining(donor.getString("secret"));
            published("Copied " + tag, Hooks.tagged(tag));
            assertThat(Receiver.within(PATIENCE, () -> "failing".equals(Hooks.get(id).getString("status")))).isTrue();
            assertThat(Hooks.get(id).getString("lastError")).startsWith("not sent: the signing secret cannot be decrypted")
                    .doesNotContain(donor.getString("secret"));
            assertThat(receiver.messages()).as("nothing signed with the other subscription's secret").isEmpty();
        }
    }

    private static void assertSealed(String stored, String secret) {
        assertThat(stored).startsWith("v1:").doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        assertThat(raw.length).as("nonce, ciphertext and tag").isEqualTo(12 + secret.length() + 16);
    }

    private String column(String id, String name) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select " + name + " from webhook_subscription where id = ?1").setParameter(1, id).getSingleResult());
    }

    private void sql(String update, Object... values) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(update);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            assertThat(query.executeUpdate()).isEqualTo(1);
        });
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
