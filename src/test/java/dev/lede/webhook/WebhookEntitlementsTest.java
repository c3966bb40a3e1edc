package dev.lede.webhook;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.lede.keys.Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A subscription bound to a key is sent only what the key may read: the publication of an article inside its
 * entitlements, never one outside; once the key is revoked it is sent nothing and shows as failing; an unknown key is
 * refused when subscribing.
 */
@QuarkusTest
class WebhookEntitlementsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aSubscriptionBoundToAKeyIsSentOnlyWhatTheKeyMayRead() throws Exception {
        String u = unique();
        String tag = "hookent-" + u;
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sections", List.of("world-" + u))));
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            JsonPath hook = hooks.subscribe(receiver.url(), Map.of("tag", tag, "key", key.id(), "types", List.of("article", "quote"),
                    "ops", List.of("published", "created")));
            assertThat(hook.getString("key")).isEqualTo(key.id());
            String outside = published("Outside hook " + u, Map.of("section", "sport-" + u, "tags", List.of(tag))).path("id");
            admin().body(Map.of("text", "Outside words " + u, "article", outside)).post("/v1/quotes").then().statusCode(201);
            String inside = published("Inside hook " + u, Map.of("section", "world-" + u, "tags", List.of(tag))).path("id");

            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() >= 1)).as("the inside one delivered").isTrue();
            Thread.sleep(1500); // the outside events came first: anything sent of them would be in by now
            assertThat(receiver.delivered()).extracting(message -> JsonPath.from(message.text()).getString("data.id"))
                    .containsExactly(inside);
            receiver.messages().forEach(message -> assertThat(message.text()).doesNotContain(outside).doesNotContain("Outside"));

            admin().delete("/v1/keys/{id}", key.id()).then().statusCode(204);
            published("Inside after revocation " + u, Map.of("section", "world-" + u, "tags", List.of(tag)));
            String id = hook.getString("id");
            assertThat(Receiver.within(PATIENCE, () -> "failing".equals(Hooks.get(id).getString("status"))))
                    .as("marked failing once its key is revoked").isTrue();
            assertThat(Hooks.get(id).getString("lastError")).contains("revoked");
            Thread.sleep(1000);
            assertThat(receiver.delivered()).as("nothing sent after the revocation").hasSize(1);

            admin().body(Map.of("key", "")).patch("/v1/webhooks/{id}", id).then().statusCode(200)
                    .body("status", equalTo("active"));
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 2)).as("unbound: sent what it held").isTrue();
        }
    }

    @Test
    void anUnknownOrRevokedKeyIsRefused() {
        admin().body(Map.of("url", "http://127.0.0.1:9/hook", "types", List.of("article"), "ops", List.of("published"),
                "key", "no-such-key")).post("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("key"));
        Keys revoked = Keys.withScopes("partner");
        admin().delete("/v1/keys/{id}", revoked.id()).then().statusCode(204);
        admin().body(Map.of("url", "http://127.0.0.1:9/hook", "types", List.of("article"), "ops", List.of("published"),
                "key", revoked.id())).post("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("key"));
    }
}
