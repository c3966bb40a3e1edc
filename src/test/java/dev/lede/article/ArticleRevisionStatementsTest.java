package dev.lede.article;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What revisions cost: bulk creates record them without a read and in batched inserts, and the history of an
 * article is read in a fixed number of statements whatever its length. Counted with Hibernate statistics.
 */
@QuarkusTest
class ArticleRevisionStatementsTest {
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldRecordBulkCreatesWithoutReadingAndInBatches() {
        String u = unique();
        String wire = source("Rev Wire " + u, "wire_agency");
        String kirby = person("Rev Bulk " + u);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            lines.add("{\"type\": \"article\", \"publish\": true, \"data\": {\"headline\": \"Rev bulk " + u + " " + i
                    + "\", \"language\": \"en\", \"tags\": [\"revbulk-" + u + "\"], \"body\": [\"Rev Bulk " + u + " spoke.\"], "
                    + "\"publisher\": \"" + wire + "\", \"people\": [{\"person\": \"" + kirby + "\"}]}}");
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(NDJSON, ContentType.TEXT).defaultCharsetForContentType("UTF-8", NDJSON)))
                .header("Authorization", "Bearer " + TEST_KEY).contentType(NDJSON).body(String.join("\n", lines) + "\n")
                .post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(16));
        assertThat(statistics.getEntityStatistics(ArticleRevision.class.getName()).getInsertCount())
                .as("two revisions per article created and published").isEqualTo(32);
        assertThat(statistics.getQueries()).as("queries run by the bulk load")
                .noneMatch(query -> query.contains("ArticleRevision"));
        // The test profile commits 4 lines per batch: one JDBC batch of revision inserts per batch, not one per article.
        // Since V29 a batch also inserts its bodies (one JDBC batch) and the search index reads them back (one batch).
        assertThat(statistics.getPrepareStatementCount()).as("statements for 16 articles").isLessThan(16 * 8 + 16 / 4 * 2);

        String slug = anonymous().queryParam("tag", "revbulk-" + u).queryParam("limit", 1).get("/v1/articles").then()
                .statusCode(OK).extract().path("data[0].slug");
        anonymous().get("/v1/articles/{idOrSlug}/revisions", slug).then().statusCode(OK)
                .body("data.op", contains("published", "created")).body("data.version", contains(1, 0))
                .body("data.by", contains("admin", "admin"))
                .body("data[0].changedFields", contains("status", "firstPublishedAt"));
        anonymous().get("/v1/articles/{idOrSlug}/revisions/1", slug).then().statusCode(OK)
                .body("status", equalTo("draft")).body("publisher.slug", equalTo(wire)).body("people[0].slug", equalTo(kirby));
        anonymous().get("/v1/articles/{idOrSlug}/revisions/2", slug).then().statusCode(OK)
                .body("status", equalTo("published")).body("version", equalTo(1));
    }

    @Test
    void shouldReadAHistoryInAsManyStatementsWhateverItsLength() {
        String id = published("Long history " + unique(), Map.of()).path("id");
        for (int i = 0; i < 12; i++) {
            admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("standfirst", "Dek " + i))
                    .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        }
        assertThat(statementsFor(id, 12)).isEqualTo(statementsFor(id, 2));
    }

    @Test
    void shouldWriteACorrectionInABoundedNumberOfStatements() {
        String id = published("Counted correction " + unique(), Map.of()).path("id");
        sessionFactory.getStatistics().clear();
        admin().header("If-Match", "*").body(Map.of("type", "correction", "text", "Counted."))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK);
        long first = sessionFactory.getStatistics().getPrepareStatementCount();
        sessionFactory.getStatistics().clear();
        admin().header("If-Match", "*").body(Map.of("type", "clarification", "text", "Counted again."))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK);
        // About 27: the lookup, the row's update, its links read for the revision's snapshot, the latest revision, the
        // mapped answer, the revision and the change log, and the search index's read of the article after commit.
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).as("statements of a correction")
                .isEqualTo(first).isLessThanOrEqualTo(30);
    }

    private long statementsFor(String id, int limit) {
        sessionFactory.getStatistics().clear();
        admin().queryParam("limit", limit).get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK)
                .body("data", hasSize(limit));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
