package dev.lede.webhook;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deliveries through HTTP to a receiver in the test: at least once, in order, signed (checked by the official
 * standardwebhooks npm package), retried with backoff, every attempt shown; replay and retry send again.
 */
@QuarkusTest
class WebhookDeliveryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void shouldDeliverEachEventOnceInOrderWithAValidSignatureToAReceiverThatFailsThreeTimesFirst() throws Exception {
        String tag = "hook-" + unique();
        try (Receiver receiver = Receiver.started().failing(3); Hooks hooks = new Hooks()) {
            JsonPath hook = hooks.subscribe(receiver.url(), Map.of("tag", tag));
            String secret = hook.getString("secret");
            assertThat(secret).startsWith("whsec_");
            String first = published("Hook first " + tag, Hooks.tagged(tag)).path("id");
            String second = published("Hook second " + tag, Hooks.tagged(tag)).path("id");
            published("Hook other " + unique(), Map.of()); // not tagged: not sent

            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() >= 2)).as("both delivered").isTrue();
            // the receiver sees a message before the server records its answer: wait for the record, not for a time
            assertThat(recorded(hook.getString("id"), 2)).as("both recorded").isTrue();
            Thread.sleep(500); // anything sent twice would arrive meanwhile
            List<Receiver.Message> all = receiver.messages();
            assertThat(all).hasSize(5);
            assertThat(all.subList(0, 4)).extracting(Receiver.Message::answered).containsExactly(500, 500, 500, 204);
            assertThat(all.subList(0, 4)).extracting(Receiver.Message::id).containsOnly(all.get(0).id());
            assertThat(receiver.delivered()).extracting(message -> JsonPath.from(message.text()).getString("data.id"))
                    .as("each event once with a 2xx, in order").containsExactly(first, second);
            JsonPath body = JsonPath.from(all.get(3).text());
            assertThat(body.getString("type")).isEqualTo("article.published");
            assertThat(body.getString("data.resource.headline")).isEqualTo("Hook first " + tag);
            assertThat(StandardWebhooksCheck.verify(secret, all)).as("the official check accepts every attempt")
                    .containsOnly("ok").hasSize(5);
            assertThat(StandardWebhooksCheck.verify(WebhookSecrets.generate(), all.subList(0, 1)))
                    .as("and refuses another secret").allMatch(line -> line.startsWith("refused"));

            JsonPath deliveries = Hooks.deliveries(hook.getString("id"));
            assertThat(deliveries.getList("data.state")).containsExactly("delivered", "delivered");
            assertThat(deliveries.getList("data[1].attempts.statusCode")).containsExactly(500, 500, 500, 204);
            assertThat(deliveries.getString("data[1].attempts[0].responsePrefix")).isEqualTo("receiver says no");
            assertThat(deliveries.getList("data[1].attempts.latencyMs", Integer.class)).allMatch(ms -> ms >= 0);
            assertThat(deliveries.getString("data[1].webhookId")).isEqualTo(all.get(0).id());
            JsonPath state = Hooks.get(hook.getString("id"));
            assertThat(state.getString("status")).isEqualTo("active");
            assertThat(state.getString("lastSuccessAt")).isNotNull();
            assertThat(state.getString("lastError")).isEqualTo("HTTP 500");
            assertThat(state.getString("secret")).as("never shown again").isNull();
        }
    }

    @Test
    void shouldSendTwoValidSignaturesDuringARotation() throws Exception {
        String tag = "rot-" + unique();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            JsonPath hook = hooks.subscribe(receiver.url(), Map.of("tag", tag));
            String old = hook.getString("secret");
            String fresh = admin().post("/v1/webhooks/{id}/rotate-secret", hook.getString("id")).then().statusCode(200)
                    .extract().path("secret");
            assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
            published("Rotated " + tag, Hooks.tagged(tag));

            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 1)).isTrue();
            Receiver.Message message = receiver.delivered().get(0);
            assertThat(message.headers().get("webhook-signature").split(" ")).hasSize(2)
                    .allMatch(signature -> signature.startsWith("v1,"));
            assertThat(StandardWebhooksCheck.verify(old, List.of(message))).containsExactly("ok");
            assertThat(StandardWebhooksCheck.verify(fresh, List.of(message))).containsExactly("ok");
            assertThat(Hooks.get(hook.getString("id")).getString("previousSecretUntil")).isNotNull();
        }
    }

    @Test
    void shouldSendAgainOnReplayAndOnARetriedDeliveryWithTheSameIds() throws Exception {
        String tag = "replay-" + unique();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            JsonPath hook = hooks.subscribe(receiver.url(), Map.of("tag", tag));
            String id = hook.getString("id");
            published("Replay one " + tag, Hooks.tagged(tag));
            String two = published("Replay two " + tag, Hooks.tagged(tag)).path("id");
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 2)).isTrue();
            List<String> ids = receiver.delivered().stream().map(Receiver.Message::id).toList();
            // A replay before the second answer is recorded would leave that delivery pending and reuse it: wait for it.
            assertThat(recorded(id, 2)).isTrue();

            admin().queryParam("since", hook.getString("cursor")).post("/v1/webhooks/{id}/replay", id).then()
                    .statusCode(202).body("cursor", org.hamcrest.Matchers.equalTo(hook.getString("cursor")));
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 4)).isTrue();
            assertThat(receiver.delivered().stream().map(Receiver.Message::id).toList())
                    .as("sent again, in order, with the same webhook-ids").containsExactly(ids.get(0), ids.get(1), ids.get(0), ids.get(1));

            assertThat(recorded(id, 4)).as("the replay's own deliveries, recorded").isTrue();
            String delivery = Hooks.deliveries(id).<Map<String, Object>>getList("data").stream()
                    .filter(row -> two.equals(row.get("resourceId"))).map(row -> (String) row.get("id")).findFirst().orElseThrow();
            admin().post("/v1/webhooks/{id}/deliveries/{d}/retry", id, delivery).then().statusCode(202)
                    .body("retryRequested", org.hamcrest.Matchers.equalTo(true));
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 5)).isTrue();
            assertThat(receiver.delivered().get(4).id()).isEqualTo(ids.get(1));
            assertThat(Receiver.within(PATIENCE, () -> Hooks.deliveries(id).getList("data[0].attempts").size() == 2
                    && !Hooks.deliveries(id).getBoolean("data[0].retryRequested"))).as("the retry is an attempt of it").isTrue();
        }
    }

    @Test
    void shouldNotLetAReceiverThatHangsDelayAnotherSubscription() throws Exception {
        String tag = "iso-" + unique();
        try (Receiver stuck = Receiver.started().hanging(); Receiver healthy = Receiver.started(); Hooks hooks = new Hooks()) {
            hooks.subscribe(stuck.url(), Map.of("tag", tag));
            hooks.subscribe(healthy.url(), Map.of("tag", tag));
            published("Isolated 0 " + tag, Hooks.tagged(tag));
            assertThat(Receiver.within(PATIENCE, () -> stuck.messages().size() == 1)).as("the stuck one is waited on").isTrue();
            long hungSince = stuck.messages().get(0).receivedNanos();
            for (int i = 1; i < 5; i++) {
                published("Isolated " + i + " " + tag, Hooks.tagged(tag));
            }
            assertThat(Receiver.within(PATIENCE, () -> healthy.delivered().size() == 5)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - hungSince)).as("the healthy receiver got everything while "
                    + "the other's first attempt still hung (read time-out 15 s in tests)").isLessThan(Duration.ofSeconds(15));
            assertThat(stuck.messages()).as("the stuck one is still on its first event").hasSize(1);
        }
    }

    @Test
    void shouldShowAFailingReceiverInHealthAndMetricsWithoutTakingReadinessDown() throws Exception {
        String tag = "sick-" + unique();
        try (Receiver receiver = Receiver.started().failing(1000); Hooks hooks = new Hooks()) {
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag)).getString("id");
            published("Sick " + tag, Hooks.tagged(tag));
            // failing while retried, dead once given up on (5 s in tests): a stalled machine can skip past the first
            assertThat(Receiver.within(PATIENCE, () -> !"active".equals(Hooks.get(id).getString("status")))).isTrue();
            JsonPath state = Hooks.get(id);
            assertThat(state.getString("status")).isIn("failing", "dead");
            assertThat(state.getInt("failedAttempts") + state.getInt("deadLetters")).isPositive();
            assertThat(state.getString("lastError")).isEqualTo("HTTP 500");

            io.restassured.RestAssured.get("/q/health").then().statusCode(503)
                    .body("checks.find { it.name == 'webhooks' }.status", org.hamcrest.Matchers.equalTo("DOWN"))
                    .body("checks.find { it.name == 'webhooks' }.data." + id, org.hamcrest.Matchers.oneOf("failing", "dead"));
            io.restassured.RestAssured.get("/q/health/ready").then().statusCode(200);
            String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("lede_webhooks_subscriptions\\{status=\"(failing|dead)\"[^}]*} [1-9]");
            assertThat(metrics).containsPattern("lede_webhooks_attempts_total\\{outcome=\"failed\"[^}]*} [1-9]");
        }
    }

    @Test
    void shouldDeadLetterAnEventAfterTheGiveUpTimeAndGoOnWithTheNext() throws Exception {
        String tag = "dead-" + unique();
        try (Receiver receiver = Receiver.started().failing(1000); Hooks hooks = new Hooks()) {
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag)).getString("id");
            String lost = published("Dead letter " + tag, Hooks.tagged(tag)).path("id");
            assertThat(Receiver.within(PATIENCE, () -> "dead".equals(Hooks.get(id).getString("status")))).isTrue();
            receiver.failing(0);
            String next = published("After dead letter " + tag, Hooks.tagged(tag)).path("id");
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() == 1)).isTrue();
            assertThat(JsonPath.from(receiver.delivered().get(0).text()).getString("data.id")).isEqualTo(next);
            assertThat(Receiver.within(PATIENCE, () -> Hooks.deliveries(id).getList("data.state").contains("delivered")))
                    .as("its answer recorded").isTrue();
            JsonPath deliveries = Hooks.deliveries(id);
            assertThat(deliveries.getList("data.resourceId")).containsExactly(next, lost);
            assertThat(deliveries.getList("data.state")).containsExactly("delivered", "dead_letter");
            assertThat(Hooks.get(id).getString("status")).isEqualTo("active");
        }
    }

    @Test
    void shouldSendOnlyArticlesNamingThePersonAsTheyAreWhenSent() throws Exception {
        String u = unique();
        String person = dev.lede.support.Fixtures.person("Hook Person " + u);
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            hooks.subscribe(receiver.url(), Map.of("person", person, "section", "World"));
            published("Names nobody " + u, Map.of("section", "world"));
            published("Names her elsewhere " + u, Map.of("section", "sport", "people", List.of(Map.of("person", person))));
            String naming = published("Names her " + u, Map.of("section", "world",
                    "people", List.of(Map.of("person", person)))).path("id");
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() >= 1)).isTrue();
            Thread.sleep(1000);
            assertThat(receiver.delivered()).extracting(message -> JsonPath.from(message.text()).getString("data.id"))
                    .containsExactly(naming);
        }
    }

    /**
     * Whether the server has recorded {@code count} deliveries of the subscription, each delivered, within the patience:
     * a receiver sees a message before the server records the answer, so what the server shows of a delivery is
     * checked only once it says so.
     */
    private static boolean recorded(String id, int count) throws InterruptedException {
        return Receiver.within(PATIENCE, () -> {
            List<String> states = Hooks.deliveries(id).getList("data.state");
            return states.size() == count && states.stream().allMatch("delivered"::equals);
        });
    }
}
