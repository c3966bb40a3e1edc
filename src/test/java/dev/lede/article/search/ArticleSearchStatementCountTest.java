package dev.lede.article.search;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** A search page runs as many SQL statements for twelve hits as for two, with every embed and facet. */
@QuarkusTest
class ArticleSearchStatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldRunAsManyStatementsForTwelveHitsAsForTwo() {
        String word = "w" + unique();
        for (int i = 0; i < 12; i++) {
            String person = person("Counted Person " + unique());
            String place = entity("Counted Place " + unique(), "place");
            published("Counted " + word + " " + i, Map.of("people", List.of(Map.of("person", person)),
                    "entities", List.of(Map.of("entity", place))));
        }
        assertThat(statementsFor(word, 12)).isEqualTo(statementsFor(word, 2));
    }

    private long statementsFor(String word, int limit) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        // With a key: the response cache keeps no page for it, so every request runs.
        dev.lede.support.Api.admin().queryParam("q", word).queryParam("limit", limit).queryParam("highlight", "true")
                .queryParam("include", "people,entities,source,credits,bylines,quotes")
                .queryParam("facets", "person,entity,source,section,language,month").get("/v1/articles")
                .then().statusCode(OK).body("data", hasSize(limit));
        return statistics.getPrepareStatementCount();
    }
}
