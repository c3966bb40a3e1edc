package dev.lede.quote;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** A quote search page runs as many SQL statements for twelve hits (each from its own article and speaker) as for two. */
@QuarkusTest
class QuoteSearchStatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldRunAsManyStatementsForTwelveHitsAsForTwo() {
        String word = "w" + unique();
        for (int i = 0; i < 12; i++) {
            String article = published("Counted quotes " + unique(), Map.of()).path("id");
            Map<String, Object> speaker = i % 2 == 0 ? Map.of("type", "person", "id", person("Counted Speaker " + unique()))
                    : Map.of("type", "entity", "id", entity("Counted Body " + unique(), "organization"));
            admin().body(Map.of("text", "Said " + word + " " + i, "article", article, "speaker", speaker)).post("/v1/quotes")
                    .then().statusCode(CREATED);
        }
        assertThat(statementsFor(word, 12)).isEqualTo(statementsFor(word, 2));
    }

    private long statementsFor(String word, int limit) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        // With a key: the response cache keeps no page for it, so every request runs.
        admin().queryParam("q", word).queryParam("limit", limit).queryParam("highlight", "true").get("/v1/quotes")
                .then().statusCode(OK).body("data", hasSize(limit));
        return statistics.getPrepareStatementCount();
    }
}
