package dev.lede.changes;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of the feed reads the log in a fixed number of statements; include=resource adds a bounded number per resource. */
@QuarkusTest
class ChangeStatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    private String since;

    @BeforeEach
    void writeTwelveArticlesAndTwelvePeople() {
        since = Feed.now();
        for (int i = 0; i < 12; i++) {
            published("Count Feed " + unique(), Map.of());
            person("Count Feed Person " + unique());
        }
    }

    @Test
    void shouldReadAPageInAsManyStatementsWhateverItsSize() {
        assertThat(statementsFor(24, null)).isEqualTo(statementsFor(2, null)).isLessThanOrEqualTo(3);
    }

    @Test
    void shouldReadEachEmbeddedResourceOnceInABoundedNumberOfStatements() {
        long perArticle = single("/v1/articles/{id}", "article");
        long perPerson = single("/v1/people/{id}", "person");
        // 24 events about 12 articles (created is private: the 12 publications show) and 12 people.
        long embedded = statementsFor(24, "resource");
        assertThat(embedded).isLessThanOrEqualTo(3 + 12 * perArticle + 12 * perPerson);
    }

    private long single(String path, String type) {
        String id = anonymous().queryParam("since", since).queryParam("types", type).queryParam("limit", 1)
                .get("/v1/changes").then().extract().path("data[0].id");
        sessionFactory.getStatistics().clear();
        anonymous().get(path, id).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private long statementsFor(int limit, String include) {
        var request = anonymous().queryParam("since", since).queryParam("limit", limit);
        if (include != null) {
            request.queryParam("include", include);
        }
        sessionFactory.getStatistics().clear();
        request.get("/v1/changes").then().statusCode(200).body("data", hasSize(limit));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
