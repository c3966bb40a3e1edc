package dev.lede.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.process.LedeProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The way out, end to end: a Lede with content (the reference article and more, renamed, withdrawn, drafts) is
 * exported, the export is loaded as it is into an empty Lede started with the seed off, and the second Lede holds
 * the same content: its own export is line for line the first one (past the header), and every resource reads the
 * same, ETags included. Two packaged applications, on H2 or on PostgreSQL (lede_it_export_a and lede_it_export_b).
 */
class ExportRoundTripIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> send(LedeProcess lede, String method, String path, String type, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lede.baseUrl() + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + LedeProcess.ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String created(LedeProcess lede, String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = send(lede, "POST", path, "application/json", JSON.writeValueAsString(body), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("id").asText();
    }

    private void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    /** Content beyond the seed: renames (old slugs), a withdrawal, a draft, a quote. */
    private List<String> addContent(LedeProcess a) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String person = created(a, "/v1/people", Map.of("name", "Tess Trip " + u, "aliases", List.of("Trip")));
        ok(send(a, "PATCH", "/v1/people/" + person, "application/merge-patch+json", "{\"slug\": \"tess-trip-moved-" + u + "\"}", "*"));
        String article = created(a, "/v1/articles", Map.of("headline", "Trip report " + u, "language", "en",
                "body", List.of("Tess Trip said the road was long.", "Trip added: it was worth it."),
                "people", List.of(Map.of("person", person))));
        ok(send(a, "POST", "/v1/articles/" + article + "/publish", null, null, "*"));
        created(a, "/v1/quotes", Map.of("text", "it was worth it", "article", article,
                "speaker", Map.of("type", "person", "id", person)));
        String withdrawn = created(a, "/v1/articles", Map.of("headline", "Withdrawn trip " + u, "language", "en"));
        ok(send(a, "POST", "/v1/articles/" + withdrawn + "/publish", null, null, "*"));
        ok(send(a, "POST", "/v1/articles/" + withdrawn + "/withdraw", "application/json", "{\"reason\": \"Legal\"}", "*"));
        String draft = created(a, "/v1/articles", Map.of("headline", "Draft trip " + u, "language", "en"));
        return List.of("/v1/people/" + person, "/v1/articles/" + article + "?include=quotes", "/v1/articles/" + withdrawn,
                "/v1/articles/" + draft);
    }

    private List<String> export(LedeProcess lede) throws Exception {
        HttpResponse<String> response = send(lede, "GET", "/v1/export", null, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return List.of(response.body().split("\n"));
    }

    @Test
    void shouldReproduceTheContentOfOneLedeInAnEmptyOne() throws Exception {
        try (LedeProcess a = LedeProcess.on("export-a", "lede_it_export_a", true).start();
             LedeProcess b = LedeProcess.on("export-b", "lede_it_export_b", false).start()) {
            List<String> paths = new ArrayList<>(addContent(a));
            List<String> exported = export(a);
            assertThat(exported.size()).isGreaterThan(20); // the reference article alone has 26 lines
            for (String line : exported) {
                JsonNode node = JSON.readTree(line);
                if (node.path("type").asText().equals("article")) {
                    paths.add("/v1/articles/" + node.path("meta").path("id").asText() + "?include=quotes");
                }
            }
            assertThat(export(b)).as("B starts empty: a header and an end").hasSize(2);

            HttpResponse<String> report = send(b, "POST", "/v1/bulk", "application/x-ndjson",
                    String.join("\n", exported) + "\n", null);
            ok(report);
            assertThat(JSON.readTree(report.body()).path("rejected").asInt()).as(report.body()).isZero();
            assertThat(JSON.readTree(report.body()).path("accepted").asInt()).isEqualTo(exported.size());

            List<String> again = export(b);
            assertThat(JSON.readTree(again.get(again.size() - 1)).path("type").asText()).isEqualTo("end");
            // Past the first and last lines, which name each Lede's own change-log position.
            assertThat(again.subList(1, again.size() - 1)).isEqualTo(exported.subList(1, exported.size() - 1));
            for (String path : paths) {
                HttpResponse<String> onA = send(a, "GET", path, null, null, null);
                HttpResponse<String> onB = send(b, "GET", path, null, null, null);
                assertThat(onB.statusCode()).as(path).isEqualTo(onA.statusCode());
                assertThat(onB.body()).as(path).isEqualTo(onA.body());
                assertThat(onB.headers().firstValue("ETag")).as(path).isEqualTo(onA.headers().firstValue("ETag"));
            }
        }
    }
}
