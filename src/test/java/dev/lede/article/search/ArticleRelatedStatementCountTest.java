package dev.lede.article.search;

import static dev.lede.support.Api.admin;
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

/** A related-articles page runs as many SQL statements for twelve articles as for two, with every embed and the body. */
@QuarkusTest
class ArticleRelatedStatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldRunAsManyStatementsForTwelveRelatedArticlesAsForTwo() {
        String person = person("Related Counted " + unique());
        String place = entity("Related Place " + unique(), "place");
        Map<String, Object> names = Map.of("people", List.of(Map.of("person", person)), "entities", List.of(Map.of("entity", place)));
        String reference = published("Counted related " + unique(), names).path("slug");
        for (int i = 0; i < 12; i++) {
            published("Counted related " + unique() + " " + i, names);
        }
        assertThat(statementsFor(reference, 12)).isEqualTo(statementsFor(reference, 2));
    }

    private long statementsFor(String reference, int limit) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        // With a key: the response cache keeps no page for it, so every request runs.
        admin().queryParam("limit", limit).queryParam("include", "people,entities,source,credits,bylines,quotes")
                .queryParam("fields", "id,headline,body,people,entities,publisher,credits,bylines,quotes")
                .get("/v1/articles/{idOrSlug}/related", reference)
                .then().statusCode(OK).body("data", hasSize(limit));
        return statistics.getPrepareStatementCount();
    }
}
