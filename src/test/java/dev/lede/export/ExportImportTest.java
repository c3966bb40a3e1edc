package dev.lede.export;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.support.Exports;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/export and POST /v1/bulk are a round trip: content exported, deleted and imported from its export lines
 * comes back with the same ids, slugs, old slugs, timestamps, statuses, versions and ETags.
 */
@QuarkusTest
class ExportImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = Exports.NDJSON;


    private static void patch(String path, String body) {
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body(body).patch(path)
                .then().statusCode(OK);
    }

    private static List<JsonNode> export() throws Exception {
        String body = given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/export").then().statusCode(OK)
                .contentType(NDJSON).header("Cache-Control", "no-store").extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** What a reader of each resource sees: its admin representation and ETag, by path. */
    private static Map<String, String> snapshot(List<String> paths) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : paths) {
            var response = given().header("Authorization", "Bearer " + TEST_KEY).get(path).then().statusCode(OK).extract();
            seen.put(path, response.header("ETag") + " " + response.asString());
        }
        return seen;
    }

    @Test
    void shouldBeRefusedWithoutAKey() {
        anonymous().get("/v1/export").then().statusCode(UNAUTHORIZED);
    }

    @Test
    void shouldRoundTripContentThroughAnExport() throws Exception {
        String u = unique();
        // A child entity created before its parent: the export must still put the parent first.
        String child = admin().body(Map.of("name", "Child Unit " + u, "kind", "military_unit")).post("/v1/entities")
                .then().statusCode(CREATED).extract().path("id");
        String parent = admin().body(Map.of("name", "Parent Ministry " + u, "kind", "government_body")).post("/v1/entities")
                .then().statusCode(CREATED).extract().path("id");
        patch("/v1/entities/" + child, "{\"parent\": \"" + parent + "\"}");
        String source = admin().body(Map.of("name", "Round Wire " + u, "kind", "wire_agency")).post("/v1/sources")
                .then().statusCode(CREATED).extract().path("id");
        patch("/v1/sources/" + source, "{\"slug\": \"round-wire-renamed-" + u + "\"}");
        String person = admin().body(Map.of("name", "Rita Round " + u, "aliases", List.of("Round"),
                "affiliations", List.of(Map.of("entity", child, "title", "Commander")))).post("/v1/people")
                .then().statusCode(CREATED).extract().path("id");
        patch("/v1/people/" + person, "{\"slug\": \"rita-round-renamed-" + u + "\"}");
        patch("/v1/people/" + person, "{\"slug\": \"rita-round-again-" + u + "\"}"); // two old slugs, in order
        Map<String, Object> links = Map.of("publisher", source, "credits", List.of(Map.of("source", source, "role", "wire")),
                "people", List.of(Map.of("person", person, "role", "commander")),
                "entities", List.of(Map.of("entity", child), Map.of("entity", parent)),
                "body", List.of("Rita Round said the Child Unit " + u + " would hold.", "Round spoke twice, Round said."),
                "tags", List.of("round-trip"), "section", "world");
        String published = dev.lede.support.Fixtures.published("Round trip published " + u, links).path("id");
        patch("/v1/articles/" + published, "{\"slug\": \"round-trip-renamed-" + u + "\"}");
        String withdrawn = dev.lede.support.Fixtures.published("Round trip withdrawn " + u, Map.of()).path("id");
        admin().header("If-Match", "*").body(Map.of("reason", "Legal")).post("/v1/articles/{idOrSlug}/withdraw", withdrawn)
                .then().statusCode(OK);
        String draft = dev.lede.support.Fixtures.draft("Round trip draft " + u, Map.of()).path("id");
        String quote = admin().body(Map.of("text", "would hold", "article", published,
                "speaker", Map.of("type", "person", "id", person))).post("/v1/quotes").then().statusCode(CREATED).extract().path("id");
        patch("/v1/quotes/" + quote, "{\"slug\": \"round-quote-" + u + "\"}");

        List<String> ids = List.of(parent, child, source, person, published, withdrawn, draft, quote);
        List<String> paths = List.of("/v1/entities/" + parent, "/v1/entities/" + child, "/v1/sources/" + source,
                "/v1/people/" + person, "/v1/articles/" + published + "?include=quotes", "/v1/articles/" + withdrawn,
                "/v1/articles/" + draft, "/v1/quotes/" + quote);
        Map<String, String> before = snapshot(paths);

        List<JsonNode> exported = export();
        JsonNode header = exported.get(0);
        assertThat(header.path("type").asText()).isEqualTo("export");
        assertThat(header.path("data").path("format").asText()).isEqualTo("lede-export/1");
        assertThat(header.path("data").path("seq").asLong()).isPositive();
        JsonNode end = exported.get(exported.size() - 1);
        assertThat(end.path("type").asText()).as("the last line says the export is whole").isEqualTo("end");
        assertThat(end.path("data").path("lines").asLong()).isEqualTo(exported.size() - 1);
        assertThat(end.path("data").path("seq").asLong()).isEqualTo(header.path("data").path("seq").asLong());
        List<JsonNode> mine = exported.stream().filter(line -> ids.contains(line.path("meta").path("id").asText())).toList();
        assertThat(mine).hasSize(ids.size());
        List<String> order = mine.stream().map(line -> line.path("meta").path("id").asText()).toList();
        assertThat(order.indexOf(parent)).as("a parent before its child").isLessThan(order.indexOf(child));
        assertThat(order.indexOf(quote)).as("a quote right after its article").isEqualTo(order.indexOf(published) + 1);
        JsonNode withdrawnLine = mine.get(order.indexOf(withdrawn));
        assertThat(withdrawnLine.path("meta").path("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawnLine.path("meta").path("withdrawalReason").asText()).isEqualTo("Legal");
        JsonNode oldSlugs = mine.get(order.indexOf(person)).path("meta").path("oldSlugs");
        assertThat(oldSlugs.get(0).asText()).isEqualTo("rita-round-" + u); // the slug made from the name, first
        assertThat(oldSlugs.get(1).asText()).isEqualTo("rita-round-renamed-" + u);

        for (String article : List.of(published, withdrawn, draft)) {
            admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", article).then().statusCode(NO_CONTENT);
        }
        admin().header("If-Match", "*").queryParam("force", "true").delete("/v1/people/{idOrSlug}", person).then().statusCode(NO_CONTENT);
        admin().header("If-Match", "*").delete("/v1/entities/{idOrSlug}", child).then().statusCode(NO_CONTENT);
        admin().header("If-Match", "*").delete("/v1/entities/{idOrSlug}", parent).then().statusCode(NO_CONTENT);
        admin().header("If-Match", "*").delete("/v1/sources/{idOrSlug}", source).then().statusCode(NO_CONTENT);
        given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/people/{idOrSlug}", person).then().statusCode(NOT_FOUND);

        StringBuilder lines = new StringBuilder(header.toString()).append('\n');
        mine.forEach(line -> lines.append(line.toString()).append('\n'));
        Exports.ndjson().body(lines.toString()).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(ids.size() + 1)).body("rejected", equalTo(0));

        assertThat(snapshot(paths)).isEqualTo(before);
        anonymous().redirects().follow(false).get("/v1/people/rita-round-" + u).then().statusCode(MOVED_PERMANENTLY);
        anonymous().get("/v1/articles/{idOrSlug}", published).then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}", withdrawn).then().statusCode(GONE);
        anonymous().get("/v1/articles/{idOrSlug}", draft).then().statusCode(NOT_FOUND);
        List<JsonNode> again = export().stream().filter(line -> ids.contains(line.path("meta").path("id").asText())).toList();
        assertThat(again).isEqualTo(mine);
    }

    /**
     * A quote imported with its old slugs makes them redirect to it; a new quote later in the same batch whose text
     * leads to one of them must take another slug, or its link and the old one would be the same.
     */
    @Test
    void shouldKeepANewQuoteOffTheOldSlugsOfAQuoteImportedBeforeItInTheSameBatch() {
        String u = unique();
        String article = dev.lede.support.Fixtures.published("Slugs " + u, Map.of()).path("id");
        String taken = "fresh" + u + "-words-were-said";
        String lines = String.join("\n",
                "{\"type\":\"quote\",\"data\":{\"article\":\"" + article + "\",\"text\":\"Restored" + u + " words were said\"},"
                        + "\"meta\":{\"id\":\"" + dev.lede.platform.persistence.Ids.newId() + "\",\"oldSlugs\":[\"" + taken + "\"]}}",
                "{\"type\":\"quote\",\"data\":{\"article\":\"" + article + "\",\"text\":\"Fresh" + u + " words were said\"}}") + "\n";
        Exports.ndjson().body(lines).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(2));
        anonymous().redirects().follow(false).get("/v1/quotes/" + taken).then().statusCode(MOVED_PERMANENTLY);
        List<String> slugs = anonymous().queryParam("q", "fresh" + u).get("/v1/quotes").then().statusCode(OK)
                .extract().jsonPath().getList("data.slug");
        assertThat(slugs).hasSize(1).doesNotContain(taken);
    }

    @Test
    void shouldRefuseAnImportedIdThatExistsAndStateTheApiCannotReachNamingTheField() {
        String id = admin().body(Map.of("name", "Existing " + unique())).post("/v1/people").then().statusCode(CREATED)
                .extract().path("id");
        String u = unique();
        String lines = String.join("\n",
                "{\"type\":\"person\",\"data\":{\"name\":\"Twin " + u + "\"},\"meta\":{\"id\":\"" + id + "\"}}",
                "{\"type\":\"person\",\"data\":{\"name\":\"Bad id " + u + "\"},\"meta\":{\"id\":\"not-an-id\"}}",
                "{\"type\":\"person\",\"data\":{\"name\":\"Status " + u + "\"},\"meta\":{\"id\":\"0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5c6d\","
                        + "\"status\":\"published\"}}",
                "{\"type\":\"article\",\"publish\":true,\"data\":{\"headline\":\"Both " + u + "\",\"language\":\"en\"},"
                        + "\"meta\":{\"id\":\"0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5c6e\"}}",
                "{\"type\":\"person\",\"data\":{\"name\":\"Late " + u + "\"},\"meta\":{\"id\":\"0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5c6f\","
                        + "\"createdAt\":\"yesterday\"}}",
                "{\"type\":\"article\",\"data\":{\"headline\":\"Published without dates " + u + "\",\"language\":\"en\"},"
                        + "\"meta\":{\"id\":\"0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5c70\",\"status\":\"published\"}}",
                "{\"type\":\"article\",\"data\":{\"headline\":\"Draft withdrawn " + u + "\",\"language\":\"en\"},"
                        + "\"meta\":{\"id\":\"0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5c71\",\"withdrawalReason\":\"Legal\"}}") + "\n";
        Exports.ndjson().body(lines).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(0)).body("rejected", equalTo(7))
                .body("errors[0].errors[0].field", equalTo("meta.id"))
                .body("errors[1].errors[0].field", equalTo("meta.id"))
                .body("errors[2].errors[0].field", equalTo("meta"))
                .body("errors[3].errors[0].field", equalTo("publish"))
                .body("errors[4].errors[0].field", equalTo("meta.createdAt"))
                .body("errors[5].errors.field", org.hamcrest.Matchers.contains("meta.firstPublishedAt", "publishedAt"))
                .body("errors[6].errors.field", org.hamcrest.Matchers.contains("meta.withdrawalReason"));
    }
}
