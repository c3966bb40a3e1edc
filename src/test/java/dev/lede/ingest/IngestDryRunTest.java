package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.platform.changelog.ChangeEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** POST /v1/ingest?dryRun=true: the same ingest in a transaction that is rolled back. */
@QuarkusTest
class IngestDryRunTest {
    /** What differs between two ingests of one page by nature: generated ids and times, and the dryRun flag itself. */
    private static final Set<String> GENERATED = Set.of("id", "createdAt", "updatedAt", "dryRun");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldStoreNothingYetAnswerWhatTheIngestThenStores() throws Exception {
        String name = "Maria Tallow" + unique().replaceAll("[0-9]", "t");
        String page = "Harbour plan approved " + unique() + "\n\nThe council voted on Monday.\n\nMayor " + name
                + " said the harbour will open next year. \u201cIt is a good day for the city,\u201d " + name + " told reporters.";
        long head = changeLogHead();

        String rehearsed = asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("dryRun", equalTo(true)).body("duplicate", equalTo(false)).body("article.id", nullValue())
                .body("people.find { it.name == '" + name + "' }.new", equalTo(true))
                .body("people.find { it.name == '" + name + "' }.id", nullValue())
                .extract().asString();
        String slug = JSON.readTree(rehearsed).path("article").path("slug").asText();
        assertThat(changeLogHead()).as("change-log events after a dry run").isEqualTo(head);
        admin().get("/v1/articles/{idOrSlug}", slug).then().statusCode(NOT_FOUND);
        anonymous().queryParam("q", name).get("/v1/people").then().statusCode(OK).body("data", hasSize(0));

        String ingested = asText().body(page).post(INGEST).then().statusCode(CREATED)
                .body("article.slug", equalTo(slug)).body("article.id", notNullValue())
                .body("people.find { it.name == '" + name + "' }.new", equalTo(true))
                .extract().asString();
        assertThat(withoutGenerated(JSON.readTree(rehearsed))).as("the dry run's answer, but for generated values")
                .isEqualTo(withoutGenerated(JSON.readTree(ingested)));
    }

    private static long changeLogHead() {
        return QuarkusTransaction.requiringNew().call(ChangeEvent::headSeq);
    }

    private static JsonNode withoutGenerated(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove(GENERATED);
        }
        node.forEach(IngestDryRunTest::withoutGenerated);
        return node;
    }
}
