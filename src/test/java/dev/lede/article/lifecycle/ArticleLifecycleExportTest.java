package dev.lede.article.lifecycle;

import static dev.lede.article.lifecycle.Lifecycle.kill;
import static dev.lede.article.lifecycle.Lifecycle.transition;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's states survive an export round trip: killed, taken-down, embargoed and scheduled articles exported,
 * deleted and imported from their lines read as they did (same representation and ETag), and the public reads answer
 * as before; an import refuses a removal state without its notice, naming the field.
 */
@QuarkusTest
class ArticleLifecycleExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";
    private static final int LEGALLY_UNAVAILABLE = 451;

    private static RequestSpecification ndjson() {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(NDJSON, ContentType.TEXT).defaultCharsetForContentType("UTF-8", NDJSON)))
                .contentType(NDJSON).header("Authorization", "Bearer " + TEST_KEY);
    }

    private static List<JsonNode> export() throws Exception {
        String body = given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/export").then().statusCode(OK)
                .extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static Map<String, String> snapshot(List<String> ids) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String id : ids) {
            var response = admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).extract();
            seen.put(id, response.header("ETag") + " " + response.asString());
        }
        return seen;
    }

    @Test
    void shouldRoundTripEveryLifecycleStateThroughAnExport() throws Exception {
        String u = unique();
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String killed = published("Export killed " + u, Map.of()).path("id");
        kill(killed, "Fabricated");
        String takenDown = published("Export taken down " + u, Map.of()).path("id");
        transition(takenDown, "takedown", "Court order").statusCode(OK);
        String embargoed = draft("Export embargoed " + u, Map.of("embargoUntil", later.toString())).path("id");
        transition(embargoed, "publish", null).statusCode(OK).body("status", equalTo("embargoed"));
        String scheduled = draft("Export scheduled " + u, Map.of("publishAt", later.toString())).path("id");
        List<String> ids = List.of(killed, takenDown, embargoed, scheduled);
        Map<String, String> before = snapshot(ids);

        List<JsonNode> exported = export();
        List<JsonNode> mine = exported.stream().filter(line -> ids.contains(line.path("meta").path("id").asText())).toList();
        assertThat(mine).hasSize(4);
        for (String id : ids) {
            admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        }
        StringBuilder lines = new StringBuilder(exported.get(0).toString()).append('\n');
        mine.forEach(line -> lines.append(line.toString()).append('\n'));
        ndjson().body(lines.toString()).post("/v1/bulk").then().statusCode(OK).body("rejected", equalTo(0));

        assertThat(snapshot(ids)).isEqualTo(before);
        anonymous().get("/v1/articles/{idOrSlug}", killed).then().statusCode(GONE).body("reason", equalTo("Fabricated"));
        anonymous().get("/v1/articles/{idOrSlug}", takenDown).then().statusCode(LEGALLY_UNAVAILABLE);
        anonymous().get("/v1/articles/{idOrSlug}", embargoed).then().statusCode(NOT_FOUND);
        admin().get("/v1/articles/{idOrSlug}", scheduled).then().body("publishAt", equalTo(later.toString()));
    }

    @Test
    void shouldRefuseAnImportedRemovalWithoutItsNotice() {
        String id = "0194f3b2-7c1e-7a3b-9c2d-" + "1e2f3a4b" + unique().substring(0, 4);
        String line = "{\"type\": \"article\", \"data\": {\"headline\": \"Imported killed\", \"language\": \"en\", "
                + "\"publishedAt\": \"2022-12-09T12:00:00Z\"}, \"meta\": {\"id\": \"" + id + "\", \"status\": \"killed\", "
                + "\"firstPublishedAt\": \"2022-12-09T12:00:00Z\"}}\n";
        ndjson().body(line).post("/v1/bulk").then().statusCode(OK).body("rejected", equalTo(1))
                .body("errors[0].errors.field", hasItem("meta.removedAt"));
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_FOUND);
    }
}
