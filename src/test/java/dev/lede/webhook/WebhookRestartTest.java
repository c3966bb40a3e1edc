package dev.lede.webhook;

import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A receiver that is down while the node stops gets the event once the node runs again: the queue is the change log
 * after the subscription's stored cursor, so a dispatcher that starts from nothing but the database resumes it.
 */
@QuarkusTest
class WebhookRestartTest {
    @Inject
    WebhookDispatcher dispatcher;

    @Test
    void shouldDeliverAfterARestartWhatAReceiverMissedWhileDown() throws Exception {
        String tag = "restart-" + unique();
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            receiver.down();
            String id = hooks.subscribe(receiver.url(), Map.of("tag", tag)).getString("id");
            String article = published("Restart " + tag, Hooks.tagged(tag)).path("id");
            assertThat(Receiver.within(Duration.ofSeconds(30), () -> Hooks.deliveries(id).getList("data").size() == 1))
                    .as("the first attempt failed: connection refused").isTrue();
            assertThat(Hooks.deliveries(id).getString("data[0].attempts[0].error")).isNotBlank();

            dispatcher.stop(null); // the node goes away: nothing of its threads or memory is left to deliver
            receiver.up();
            Thread.sleep(1500);
            assertThat(receiver.messages()).as("nothing runs the queue while the node is down").isEmpty();
            dispatcher.start(null); // a new node, with only the database
            assertThat(Receiver.within(Duration.ofSeconds(30), () -> receiver.delivered().size() == 1)).isTrue();
            Thread.sleep(500);
            assertThat(receiver.messages()).hasSize(1);
            assertThat(JsonPath.from(receiver.messages().get(0).text()).getString("data.id")).isEqualTo(article);
            assertThat(Hooks.deliveries(id).getString("data[0].state")).isEqualTo("delivered");
        } finally {
            dispatcher.start(null);
        }
    }
}
