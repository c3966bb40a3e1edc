package dev.lede.feed;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Feeds are served through the response cache: a repeated anonymous read is answered without the database, with the
 * same ETag and a 304 on If-None-Match, and a write that changes what a feed shows makes it stale at once.
 */
@QuarkusTest
class FeedCacheTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldAnswerARepeatedFeedFromTheCacheWithAnEtagAnd304() {
        String tag = "fcache" + unique();
        published("Cached feed " + tag, Map.of("tags", List.of(tag)));
        for (String format : List.of("rss", "atom", "json")) {
            String path = "/v1/feeds/articles." + format + "?tag=" + tag;
            Response first = read(path);
            assertThat(first.header("ETag")).as(format).isNotBlank();
            assertThat(first.header("Cache-Control")).contains("public");
            assertThat(first.header("Vary")).contains("Accept");
            sessionFactory.getStatistics().clear();
            Response second = read(path);
            assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).as(format + ": a hit").isZero();
            assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(second.contentType()).isEqualTo(first.contentType());
            assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
            anonymous().header("If-None-Match", first.header("ETag")).get(path).then().statusCode(NOT_MODIFIED);
        }
    }

    @Test
    void shouldShowANewPublicationInACachedFeedAtOnce() {
        String tag = "fcache" + unique();
        String person = person("Cache Person " + tag);
        published("Before " + tag, Map.of("tags", List.of(tag), "people", List.of(Map.of("person", person))));
        String all = "/v1/feeds/articles.rss?tag=" + tag;
        String ofPerson = "/v1/people/" + person + "/feed.json";
        String before = read(all).header("ETag");
        read(ofPerson).then().body("items.title", equalTo(List.of("Before " + tag)));
        published("After " + tag, Map.of("tags", List.of(tag), "people", List.of(Map.of("person", person))));
        Response after = read(all);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        assertThat(FeedTest.parse(after).getEntries()).hasSize(2);
        anonymous().header("If-None-Match", before).get(all).then().statusCode(OK);
        read(ofPerson).then().body("items.title", equalTo(List.of("After " + tag, "Before " + tag)));
    }

    @Test
    void shouldShowARenamedAuthorInACachedFeedAtOnce() {
        String tag = "fcache" + unique();
        String author = person("Old Author " + tag);
        published("Renamed author " + tag, Map.of("tags", List.of(tag), "bylines", List.of(Map.of("person", author, "role", "author"))));
        String path = "/v1/feeds/articles.atom?tag=" + tag;
        read(path).then().body(containsString("Old Author " + tag));
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body(Map.of("name", "New Author " + tag))
                .patch("/v1/people/{key}", author).then().statusCode(OK);
        read(path).then().body(containsString("New Author " + tag));
    }

    @Test
    void shouldNeverShareAKeyHoldersFeed() {
        String tag = "fcache" + unique();
        published("Private copy " + tag, Map.of("tags", List.of(tag)));
        admin().queryParam("tag", tag).get("/v1/feeds/articles.json").then().statusCode(OK)
                .header("Cache-Control", containsString("no-store"));
    }

    private static Response read(String path) {
        Response response = anonymous().get(path);
        response.then().statusCode(OK);
        return response;
    }
}
