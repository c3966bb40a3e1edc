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
 * A replay that moves the queue while a delivery's answer is on its way (the receiver holds its 204 until the replay
 * is in) must not leave that delivery pending: the receiver got it, and the deliveries say so.
 */
@QuarkusTest
class WebhookReplayRaceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aDeliveryAnsweredAfterAReplayPastItIsShownDelivered() throws Exception {
        String tag = "race-" + unique();
        try (Receiver receiver = Receiver.started().holding(); Hooks hooks = new Hooks()) {
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag)).getString("id");
            String article = published("Raced " + tag, Hooks.tagged(tag)).path("id");
            assertThat(Receiver.within(PATIENCE, () -> receiver.messages().size() == 1)).as("arrived, answer held").isTrue();
            String head = admin().queryParam("since", "now").get("/v1/changes").path("meta.nextCursor");

            admin().queryParam("since", head).post("/v1/webhooks/{id}/replay", id).then().statusCode(202);
            receiver.release();

            assertThat(Receiver.within(PATIENCE, () -> "delivered".equals(Hooks.deliveries(id).getString("data[0].state"))))
                    .as("the receiver's 204 is recorded though the replay moved the queue").isTrue();
            JsonPath deliveries = Hooks.deliveries(id);
            assertThat(deliveries.getList("data.resourceId")).containsExactly(article);
            assertThat(deliveries.getList("data[0].attempts.statusCode")).containsExactly(204);
            assertThat(Hooks.get(id).getString("cursor")).as("the replay's position stands").isEqualTo(head);
        }
    }

    @Test
    void aReplayFromBeforeAnEventInFlightSendsItAgainAsItsOwnDelivery() throws Exception {
        String tag = "rerace-" + unique();
        try (Receiver receiver = Receiver.started().holding(); Hooks hooks = new Hooks()) {
            JsonPath hook = hooks.subscribe(receiver.url(), Map.of("tag", tag));
            String id = hook.getString("id");
            published("Raced again " + tag, Hooks.tagged(tag));
            assertThat(Receiver.within(PATIENCE, () -> receiver.messages().size() == 1)).isTrue();

            admin().queryParam("since", hook.getString("cursor")).post("/v1/webhooks/{id}/replay", id).then().statusCode(202);
            receiver.release();

            assertThat(Receiver.within(PATIENCE, () -> receiver.messages().size() == 2)).as("sent again").isTrue();
            assertThat(Receiver.within(PATIENCE, () -> Hooks.deliveries(id).getList("data.state")
                    .equals(List.of("delivered", "delivered")))).as("both recorded, neither left pending").isTrue();
            assertThat(receiver.messages()).extracting(Receiver.Message::id).containsOnly(receiver.messages().get(0).id());
        }
    }

    @Test
    void aReplayToTheInFlightEventsOwnCursorSendsItAgain() throws Exception {
        String tag = "samerace-" + unique();
        try (Receiver receiver = Receiver.started().holding(); Hooks hooks = new Hooks()) {
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag)).getString("id");
            published("Raced in place " + tag, Hooks.tagged(tag));
            assertThat(Receiver.within(PATIENCE, () -> receiver.messages().size() == 1)).isTrue();
            String inFlightCursor = Hooks.get(id).getString("cursor"); // the event in flight is the one after it

            admin().queryParam("since", inFlightCursor).post("/v1/webhooks/{id}/replay", id).then().statusCode(202);
            assertThat(Hooks.get(id).getString("cursor")).as("the replay leaves the cursor where it was")
                    .isEqualTo(inFlightCursor);
            receiver.release();

            assertThat(Receiver.within(PATIENCE, () -> receiver.messages().size() == 2))
                    .as("the 202 promised the event again: the first attempt's 2xx does not absorb it").isTrue();
            assertThat(Receiver.within(PATIENCE, () -> Hooks.deliveries(id).getList("data.state")
                    .equals(List.of("delivered", "delivered")))).isTrue();
            assertThat(receiver.messages()).extracting(Receiver.Message::id).containsOnly(receiver.messages().get(0).id());
            assertThat(Receiver.within(PATIENCE, () -> !inFlightCursor.equals(Hooks.get(id).getString("cursor"))))
                    .as("and the queue moves on after it").isTrue();
        }
    }
}
