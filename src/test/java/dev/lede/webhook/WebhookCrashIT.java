package dev.lede.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.process.LedeProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a fan-out loses nothing: the packaged application, killed while a slow receiver is being
 * sent a run of published articles, sends every one of them once it runs again, in order (repeats allowed: at least
 * once, the same webhook-id).
 */
class WebhookCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 8;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldDeliverEveryEventAfterAKillInTheMiddle() throws Exception {
        String tag = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        try (Receiver receiver = Receiver.started().slow(Duration.ofMillis(1000));
             LedeProcess app = LedeProcess.on("webhooks", "lede_it_webhooks", false, "-XX:TieredStopAtLevel=1",
                     "-Dlede.webhooks.allow-private=true", "-Dlede.webhooks.allow-http=true",
                     "-Dlede.webhooks.retry.initial=200ms", "-Dlede.webhooks.retry.max=1s",
                     "-Dlede.webhooks.poll-interval=100ms").start()) {
            call(app, "POST", "/v1/webhooks", "{\"url\": \"" + receiver.url() + "\", \"types\": [\"article\"], "
                    + "\"ops\": [\"published\"], \"tag\": \"" + tag + "\"}", 201);
            List<String> published = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                JsonNode article = call(app, "POST", "/v1/articles", "{\"headline\": \"Crash " + i + " " + tag
                        + "\", \"language\": \"en\", \"tags\": [\"" + tag + "\"], \"body\": [\"Paragraph.\"]}", 201);
                call(app, "POST", "/v1/articles/" + article.get("id").asText() + "/publish", null, 200);
                published.add(article.get("id").asText());
            }
            assertThat(Receiver.within(Duration.ofSeconds(60), () -> receiver.delivered().size() >= 2)).isTrue();
            app.kill();
            int beforeKill = receiver.delivered().size();
            assertThat(beforeKill).as("killed in the middle").isLessThan(ARTICLES);

            app.start();
            assertThat(Receiver.within(Duration.ofSeconds(120), () -> delivered(receiver).size() == ARTICLES))
                    .as("every published article after the restart").isTrue();
            assertThat(List.copyOf(delivered(receiver))).as("in order, each at least once").isEqualTo(published);
        }
    }

    /** The articles the receiver acknowledged, in first-delivery order, repeats dropped. */
    private static LinkedHashSet<String> delivered(Receiver receiver) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Receiver.Message message : receiver.delivered()) {
            try {
                ids.add(JSON.readTree(message.body()).at("/data/id").asText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ids;
    }

    private JsonNode call(LedeProcess app, String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + LedeProcess.ADMIN_KEY).header("Content-Type", "application/json")
                .header("If-Match", "*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
