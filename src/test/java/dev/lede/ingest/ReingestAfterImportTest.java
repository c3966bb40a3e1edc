package dev.lede.ingest;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.support.Exports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An export carries what a re-ingest needs of each quote (the text its page gave it, when an editor changed it), and
 * an import keeps it: an editor's fix made before the export survives the next ingest of the page after the import,
 * as it would have without them.
 */
@QuarkusTest
class ReingestAfterImportTest {
    @Test
    void anEditorsQuoteFixSurvivesAReingestAfterAnExportAndImport() throws Exception {
        IngestRevisionTest.Story story = IngestRevisionTest.Story.ingested();
        String articleId = story.id();
        Map<String, Object> quote = story.keptQuote();
        String quoteId = (String) quote.get("id");
        String pageText = (String) quote.get("text");
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body(Map.of("text", pageText + " [sic]"))
                .patch("/v1/quotes/{idOrSlug}", quoteId).then().statusCode(OK);

        List<JsonNode> exported = Exports.lines();
        List<JsonNode> mine = exported.stream().filter(line -> line.path("meta").path("id").asText().equals(articleId)
                || line.path("data").path("article").asText().equals(articleId)).toList();
        JsonNode edited = mine.stream().filter(line -> line.path("meta").path("id").asText().equals(quoteId)).findFirst().orElseThrow();
        assertThat(edited.path("meta").path("pageText").asText()).isEqualTo(pageText);
        assertThat(edited.path("meta").path("editedAt").isTextual()).isTrue();

        admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", articleId).then().statusCode(NO_CONTENT);
        admin().get("/v1/quotes/{idOrSlug}", quoteId).then().statusCode(NOT_FOUND);
        StringBuilder lines = new StringBuilder(exported.get(0).toString()).append('\n');
        mine.forEach(line -> lines.append(line).append('\n'));
        Exports.ndjson().body(lines.toString()).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(mine.size() + 1)).body("rejected", equalTo(0));

        JsonPath revision = story.reingest(IngestRevisionTest.revised(story.page()));

        assertThat(revision.getString("outcome")).isEqualTo("revised");
        assertThat(revision.getString("article.id")).isEqualTo(articleId);
        admin().get("/v1/quotes/{idOrSlug}", quoteId).then().statusCode(OK).body("text", equalTo(pageText + " [sic]"));
        List<String> texts = admin().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", articleId)
                .then().statusCode(OK).extract().jsonPath().getList("quotes.text", String.class);
        assertThat(texts).as("the page's version of the fixed quote is not stored beside it").doesNotContain(pageText);
    }

    @Test
    void onlyAQuoteLineMayCarryAQuotesCuration() {
        String u = unique();
        String line = "{\"type\":\"person\",\"data\":{\"name\":\"Curated " + u + "\"},\"meta\":{\"id\":"
                + "\"0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5d01\",\"pageText\":\"said it\"}}\n";
        Exports.ndjson().body(line).post("/v1/bulk").then().statusCode(OK)
                .body("rejected", equalTo(1)).body("errors[0].errors.field", contains("meta.pageText"));
        String both = "{\"type\":\"source\",\"data\":{\"name\":\"Curated " + u + "\",\"kind\":\"publisher\"},\"meta\":{\"id\":"
                + "\"0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5d02\",\"pageText\":\"said it\",\"editedAt\":\"2026-01-02T03:04:05Z\"}}\n";
        Exports.ndjson().body(both).post("/v1/bulk").then().statusCode(OK)
                .body("rejected", equalTo(1)).body("errors[0].errors.field", contains("meta.pageText", "meta.editedAt"));
        admin().get("/v1/people/{slug}", "curated-" + u).then().statusCode(NOT_FOUND);
    }


}
