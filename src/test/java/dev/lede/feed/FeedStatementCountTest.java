package dev.lede.feed;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;

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
                    "people", List.of(Map.of("person", subject)), "entities", List.of(Map.of("entity", place)),
                    "body", List.of("Feed Count Subject " + tag + " went to Feed Count Place " + tag + " " + i + ".")));
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

    /**
     * Bodies live apart from the article rows (V29): a feed without the full text reads none, and the full text adds
     * one statement for all its items.
     */
    @Test
    void shouldReadTheItemsBodiesOnlyForTheFullTextInOneStatement() {
        for (String format : List.of("rss", "json")) {
            String all = "/v1/feeds/articles." + format;
            long summaries = statements(all, 12, false);
            assertThat(bodiesLoaded()).as(format + ": bodies read without the full text").isZero();
            long fullText = statements(all, 12, true);
            assertThat(bodiesLoaded()).as(format + ": bodies read for 12 items with the full text").isEqualTo(12);
            assertThat(fullText - summaries).as(format + ": one statement for the items' bodies").isEqualTo(1);
        }
        admin().queryParam("tag", tag).queryParam("limit", 12).queryParam("fullText", true).get("/v1/feeds/articles.json")
                .then().statusCode(OK).body("items.content_html", everyItem(containsString("Feed Count Subject " + tag)));
    }

    private long bodiesLoaded() {
        return sessionFactory.getStatistics().getEntityStatistics("dev.lede.article.ArticleBody").getLoadCount();
    }

    private long statements(String path, int limit) {
        return statements(path, limit, true);
    }

    private long statements(String path, int limit, boolean fullText) {
        sessionFactory.getStatistics().clear();
        admin().queryParam("tag", tag).queryParam("limit", limit).queryParam("fullText", fullText).get(path).then().statusCode(OK);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
