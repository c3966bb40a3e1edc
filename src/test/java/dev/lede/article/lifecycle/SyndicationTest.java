package dev.lede.article.lifecycle;

import static dev.lede.article.lifecycle.Lifecycle.kill;
import static dev.lede.article.lifecycle.Lifecycle.transition;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.lede.article.ArticleScheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a syndication partner relies on, across the features that serve it: a kill reaches the article, its lists,
 * feeds, search, ninjs and the change feed at once (cached copies included); a correction shows in the article, the
 * feeds and the change feed; an embargoed article reaches feeds and the change feed at its time and never before.
 */
@QuarkusTest
class SyndicationTest {
    private static final String NINJS = "application/ninjs+json";

    @Inject
    ArticleScheduler scheduler;

    @Test
    void aKilledArticleLeavesEveryPublicReadAtOnceAndIsCanceledInNinjs() {
        String tag = "k" + unique();
        String id = published("Story to kill " + tag, Map.of("tags", List.of(tag), "body", List.of("Word zk" + tag + ".")))
                .path("id");
        String since = head();
        // Every public read once, so each is cached when the kill comes.
        anonymous().get("/v1/articles/{id}", id).then().statusCode(OK);
        anonymous().accept(NINJS).get("/v1/articles/{id}", id).then().statusCode(OK).body("pubstatus", equalTo("usable"));
        assertThat(listed(tag)).contains(id);
        assertThat(inJsonFeed(tag)).contains("urn:uuid:" + id);
        assertThat(anonymous().get("/v1/feeds/articles.rss?tag=" + tag).asString()).contains(id);
        assertThat(searched("zk" + tag)).contains(id);

        kill(id, "The story could not be stood up.");

        anonymous().get("/v1/articles/{id}", id).then().statusCode(GONE).contentType("application/problem+json");
        anonymous().accept(NINJS).get("/v1/articles/{id}", id).then().statusCode(GONE);
        admin().accept(NINJS).get("/v1/articles/{id}", id).then().statusCode(OK).body("pubstatus", equalTo("canceled"));
        assertThat(listed(tag)).doesNotContain(id);
        assertThat(inJsonFeed(tag)).isEmpty();
        assertThat(anonymous().get("/v1/feeds/articles.rss?tag=" + tag).asString()).doesNotContain(id);
        assertThat(searched("zk" + tag)).doesNotContain(id);
        assertThat(publicOps(since, id)).containsExactly("killed");
    }

    @Test
    void theChangeFeedTellsPartnersOfAWithdrawnArticlesKillAndDeletion() {
        String id = published("Withdrawn then killed " + unique(), Map.of()).path("id");
        transition(id, "withdraw", "Under review.").statusCode(OK);
        String since = head();
        kill(id, "Removed for good.");
        admin().header("If-Match", "*").delete("/v1/articles/{id}", id).then().statusCode(204);
        assertThat(publicOps(since, id)).containsExactly("killed", "deleted");
    }

    @Test
    void aCorrectionShowsInTheArticleTheFeedsAndTheChangeFeed() {
        String tag = "c" + unique();
        String id = published("Story to correct " + tag, Map.of("tags", List.of(tag))).path("id");
        String since = head();
        anonymous().get("/v1/articles/{id}", id).then().statusCode(OK);
        String text = "An earlier version misspelt the minister's name " + tag + ".";
        assertThat(anonymous().get("/v1/feeds/articles.json?tag=" + tag).asString()).doesNotContain(text);

        admin().header("If-Match", "*").body(Map.of("type", "correction", "text", text))
                .post("/v1/articles/{id}/corrections", id).then().statusCode(OK);

        anonymous().get("/v1/articles/{id}", id).then().statusCode(OK).body("corrections[0].text", equalTo(text))
                .body("corrections[0].type", equalTo("correction"));
        JsonPath feed = anonymous().get("/v1/feeds/articles.json?tag=" + tag).then().statusCode(OK).extract().jsonPath();
        assertThat(feed.getString("items[0].content_html")).contains("Correction (").contains("misspelt the minister");
        assertThat(anonymous().get("/v1/feeds/articles.atom?tag=" + tag).asString()).contains("misspelt the minister");
        assertThat(anonymous().accept("application/ld+json").get("/v1/articles/{id}", id).asString())
                .contains("CorrectionComment").contains("misspelt the minister");
        assertThat(publicOps(since, id)).containsExactly("corrected");
    }

    @Test
    void anEmbargoedArticleReachesFeedsAndTheChangeFeedAtItsTimeAndNeverBefore() {
        MovableClock clock = MovableClock.install();
        String tag = "e" + unique();
        Instant embargo = clock.ahead(Duration.ofHours(5));
        String id = draft("Embargoed for partners " + tag, Map.of("tags", List.of(tag), "embargoUntil", embargo.toString()))
                .path("id");
        String since = head();
        transition(id, "publish", null).statusCode(OK).body("status", equalTo("embargoed"));
        clock.set(embargo.minusSeconds(1));
        assertThat(scheduler.runDue()).isZero();
        assertThat(inJsonFeed(tag)).isEmpty();
        anonymous().get("/v1/articles/{id}", id).then().statusCode(404).header("Cache-Control", "no-store"); // no CDN keeps it
        assertThat(publicOps(since, id)).as("the embargo's start is no public event").isEmpty();
        assertThat(keyHolderOps(since, id)).containsExactly("updated");

        clock.set(embargo);
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(inJsonFeed(tag)).containsExactly("urn:uuid:" + id);
        assertThat(publicOps(since, id)).containsExactly("embargo_lifted");
    }

    /** The change feed's head, as a partner starting now would take it. */
    private static String head() {
        return anonymous().queryParam("since", "now").get("/v1/changes").then().statusCode(OK).extract()
                .path("meta.nextCursor");
    }

    private static List<String> publicOps(String since, String id) {
        return ops(anonymous().queryParam("since", since).queryParam("limit", 1000).get("/v1/changes").jsonPath(), id);
    }

    private static List<String> keyHolderOps(String since, String id) {
        return ops(admin().queryParam("since", since).queryParam("limit", 1000).get("/v1/changes").jsonPath(), id);
    }

    private static List<String> ops(JsonPath page, String id) {
        List<Map<String, Object>> events = page.getList("data");
        return events.stream().filter(e -> id.equals(e.get("id"))).map(e -> (String) e.get("op")).toList();
    }

    private static List<String> listed(String tag) {
        return anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).extract().path("data.id");
    }

    private static List<String> searched(String word) {
        return anonymous().queryParam("q", word).get("/v1/articles").then().statusCode(OK).extract().path("data.id");
    }

    private static List<String> inJsonFeed(String tag) {
        return anonymous().get("/v1/feeds/articles.json?tag=" + tag).then().statusCode(OK).extract().path("items.id");
    }
}
