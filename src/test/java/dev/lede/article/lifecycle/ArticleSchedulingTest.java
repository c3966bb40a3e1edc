package dev.lede.article.lifecycle;

import static dev.lede.article.lifecycle.Lifecycle.ops;
import static dev.lede.article.lifecycle.Lifecycle.transition;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.lede.article.ArticleScheduler;
import dev.lede.bulk.BulkResource;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Embargoes and scheduled publishing on a clock the test moves ({@link MovableClock}), with the scheduler's pass run
 * by the test (the test profile's tick is an hour, so nothing runs between the test's steps; ArticleSchedulerTickTest
 * proves the tick itself). Never before: at its time minus a second an article is absent from every public read.
 * At its time: public, with its event and its date.
 */
@QuarkusTest
class ArticleSchedulingTest {
    @Inject
    ArticleScheduler scheduler;

    private MovableClock clock;
    private String tag;

    @BeforeEach
    void installClock() {
        clock = MovableClock.install();
        tag = "s" + unique();
    }

    private String scheduled(String headline, Instant publishAt, Instant embargoUntil) {
        Map<String, Object> times = new HashMap<>();
        times.put("tags", List.of(tag));
        times.put("body", List.of("Scheduled word zq" + tag + "."));
        if (publishAt != null) {
            times.put("publishAt", publishAt.toString());
        }
        if (embargoUntil != null) {
            times.put("embargoUntil", embargoUntil.toString());
        }
        return draft(headline + " " + tag, times).path("id");
    }

    /** What a reader without a key sees of the article: not found, and in no list or search. */
    private void assertHidden(String id) {
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_FOUND);
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data", emptyIterable());
        anonymous().queryParam("q", "zq" + tag).get("/v1/articles").then().statusCode(OK).body("data", emptyIterable());
    }

    private void assertPublic(String id) {
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("published"));
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data.id", contains(id));
        anonymous().queryParam("q", "zq" + tag).get("/v1/articles").then().statusCode(OK).body("data.id", contains(id));
    }

    @Test
    void shouldHoldAnEmbargoedArticleBackUntilItsTimeThenReleaseIt() {
        Instant embargo = clock.ahead(Duration.ofHours(2));
        String id = scheduled("Embargoed story", null, embargo);
        transition(id, "publish", null).statusCode(OK).body("status", equalTo("embargoed"))
                .body("embargoUntil", equalTo(embargo.toString())).body("publishedAt", nullValue());
        assertHidden(id);
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("embargoed"));
        admin().queryParam("status", "embargoed").queryParam("tag", tag).get("/v1/articles").then().statusCode(OK)
                .body("data.id", contains(id));

        clock.set(embargo.minusSeconds(1));
        assertThat(scheduler.runDue()).isZero();
        transition(id, "publish", null).statusCode(OK).body("status", equalTo("embargoed")); // publishing again changes nothing
        assertHidden(id);

        clock.set(embargo);
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertPublic(id);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("publishedAt", equalTo(embargo.toString()))
                .body("firstPublishedAt", equalTo(embargo.toString()));
        assertThat(ops(id)).containsExactly("created", "updated", "embargo_lifted");
        assertThat(scheduler.runDue()).isZero(); // once
    }

    @Test
    void shouldPublishAScheduledDraftAtItsTime() {
        Instant at = clock.ahead(Duration.ofHours(3));
        String id = scheduled("Scheduled story", at, null);
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("draft"))
                .body("publishAt", equalTo(at.toString()));
        clock.set(at.minusSeconds(1));
        scheduler.runDue();
        assertHidden(id);

        clock.set(at.plusMillis(300));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertPublic(id);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("publishedAt", equalTo(at.toString()));
        assertThat(ops(id)).containsExactly("created", "published");
    }

    @Test
    void shouldScheduleIntoAnEmbargoAndOutOfIt() {
        Instant at = clock.ahead(Duration.ofHours(4));
        Instant embargo = at.plusSeconds(600);
        String id = scheduled("Scheduled under embargo", at, embargo);
        clock.set(at);
        assertThat(scheduler.runDue()).isEqualTo(1);
        admin().get("/v1/articles/{idOrSlug}", id).then().body("status", equalTo("embargoed"));
        assertHidden(id);
        clock.set(embargo.minusMillis(1));
        assertThat(scheduler.runDue()).isZero();
        assertHidden(id);
        clock.set(embargo);
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertPublic(id);
        assertThat(ops(id)).containsExactly("created", "updated", "embargo_lifted");
    }

    @Test
    void shouldReleaseAnEmbargoedArticleWhoseEmbargoIsClearedOnlyWhenPublishedAgain() {
        Instant embargo = clock.ahead(Duration.ofHours(5));
        String id = scheduled("Embargo lifted early", null, embargo);
        transition(id, "publish", null).statusCode(OK).body("status", equalTo("embargoed"));
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"embargoUntil\": null}")
                .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("embargoed"));
        assertThat(scheduler.runDue()).as("an edit that drops the embargo does not send the story out").isZero();
        assertHidden(id);
        transition(id, "publish", null).statusCode(OK).body("status", equalTo("published"));
        assertPublic(id);
        assertThat(ops(id)).containsExactly("created", "updated", "updated", "embargo_lifted");
    }

    @Test
    void shouldRunEachTransitionOnceWhenPassesRace() throws Exception {
        Instant at = clock.ahead(Duration.ofHours(6));
        String id = scheduled("Raced story", at, null);
        clock.set(at);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> passes = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            await(together);
            return scheduler.runDue();
        })).toList();
        int ran = passes.stream().mapToInt(CompletableFuture::join).sum();
        assertThat(ran).isEqualTo(1);
        assertThat(ops(id)).containsExactly("created", "published");
        assertPublic(id);
    }

    @Test
    void shouldPublishWithAnEmbargoAtOnceFromACreateThatPublishes() {
        Instant embargo = clock.ahead(Duration.ofHours(7));
        String line = "{\"type\": \"article\", \"publish\": true, \"data\": {\"headline\": \"Bulk embargoed " + tag
                + "\", \"language\": \"en\", \"tags\": [\"" + tag + "\"], \"body\": [\"zq" + tag + "\"], \"embargoUntil\": \""
                + embargo + "\"}}\n";
        admin().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(BulkResource.NDJSON, ContentType.TEXT)))
                .contentType(BulkResource.NDJSON).body(line).post("/v1/bulk").then().statusCode(OK);
        String id = admin().queryParam("status", "embargoed").queryParam("tag", tag).get("/v1/articles").then()
                .statusCode(OK).extract().path("data[0].id");
        assertHidden(id);
        clock.set(embargo);
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertPublic(id);
        assertThat(ops(id)).containsExactly("created", "updated", "embargo_lifted");
    }

    @Test
    void shouldRefuseBadInstantsAndAnEmbargoBeforeThePublication() {
        Map<String, Object> body = new HashMap<>(Map.of("headline", "Bad times " + tag, "language", "en"));
        body.put("embargoUntil", "tomorrow");
        admin().body(body).post("/v1/articles").then().statusCode(BAD_REQUEST).contentType("application/problem+json")
                .body("errors[0].field", equalTo("embargoUntil"));
        body.remove("embargoUntil");
        body.put("publishAt", "2030-02-30T10:00:00Z");
        admin().body(body).post("/v1/articles").then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("publishAt"));
        body.put("publishAt", "2030-01-02T10:00:00Z");
        body.put("embargoUntil", "2030-01-02T09:59:59Z");
        admin().body(body).post("/v1/articles").then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("embargoUntil"));
        body.put("embargoUntil", "2030-01-02T10:00:00Z");
        admin().body(body).post("/v1/articles").then().statusCode(CREATED).body("embargoUntil", equalTo("2030-01-02T10:00:00Z"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
