package dev.lede.feed;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A feed runs as many SQL statements for 12 items as for 2, whatever each item names (bylines, people, entities) and
 * with the full text. Read with the key, which the response cache never answers, so each request reaches the database.
 */
@QuarkusTest
class FeedStatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    private String tag;
    private String subject;

    @BeforeEach
    void createTwelveRichArticles() {
        tag = "fc" + unique();
        subject = person("Feed Count Subject " + tag);
        for (int i = 0; i < 12; i++) {
            String author = person("Feed Count Author " + tag + " " + i);
            String place = entity("Feed Count Place " + tag + " " + i, "place");
            published("Feed count " + tag + " " + i, Map.of("tags", List.of(tag, "t" + i), "section", "s" + i,
                    "bylines", List.of(Map.of("person", author, "role", "author")),
                    "people", List.of(Map.of("person", subject)), "entities", List.of(Map.of("entity", place))));
        }
    }

    @Test
    void shouldRunAsManyStatementsForTwelveItemsAsForTwo() {
        for (String format : List.of("rss", "atom", "json")) {
            String all = "/v1/feeds/articles." + format;
            assertThat(statements(all, 12)).as(format).isEqualTo(statements(all, 2));
            String person = "/v1/people/" + subject + "/feed." + format;
            assertThat(statements(person, 12)).as(format + " of a person").isEqualTo(statements(person, 2));
        }
    }

    private long statements(String path, int limit) {
        sessionFactory.getStatistics().clear();
        admin().queryParam("tag", tag).queryParam("limit", limit).queryParam("fullText", true).get(path).then().statusCode(OK);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
