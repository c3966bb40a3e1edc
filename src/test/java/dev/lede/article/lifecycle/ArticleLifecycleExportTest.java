package dev.lede.article.lifecycle;

import static dev.lede.article.lifecycle.Lifecycle.kill;
import static dev.lede.article.lifecycle.Lifecycle.transition;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.support.Exports;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private static final int LEGALLY_UNAVAILABLE = 451;



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

        List<JsonNode> exported = Exports.lines();
        List<JsonNode> mine = exported.stream().filter(line -> ids.contains(line.path("meta").path("id").asText())).toList();
        assertThat(mine).hasSize(4);
        for (String id : ids) {
            admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        }
        StringBuilder lines = new StringBuilder(exported.get(0).toString()).append('\n');
        mine.forEach(line -> lines.append(line.toString()).append('\n'));
        Exports.ndjson().body(lines.toString()).post("/v1/bulk").then().statusCode(OK).body("rejected", equalTo(0));

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
        Exports.ndjson().body(line).post("/v1/bulk").then().statusCode(OK).body("rejected", equalTo(1))
                .body("errors[0].errors.field", hasItem("meta.removedAt"));
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_FOUND);
    }
}
