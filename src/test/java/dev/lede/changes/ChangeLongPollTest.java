package dev.lede.changes;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** wait=N: a long-poll returns on a commit, or empty with its cursor after the wait; the number waiting is capped. */
@QuarkusTest
class ChangeLongPollTest {

    @Test
    void shouldReturnAsSoonAsAWriteCommits() throws Exception {
        String since = Feed.now();
        long started = System.nanoTime();
        CompletableFuture<Response> poll = CompletableFuture.supplyAsync(() -> anonymous().queryParam("since", since)
                .queryParam("wait", 20).queryParam("types", "person").get("/v1/changes"));
        Thread.sleep(700); // parked by then
        assertThat(poll).isNotDone();
        String slug = dev.lede.support.Fixtures.person("Long Poll " + unique());
        long written = System.nanoTime();
        Response answer = poll.get(20, TimeUnit.SECONDS);
        long returned = System.nanoTime();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getList("data.slug")).contains(slug);
        assertThat(TimeUnit.NANOSECONDS.toMillis(returned - written)).as("ms from the write's answer to the poll's")
                .isLessThan(500);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(returned - started)).isLessThan(10);
    }

    /** Many partners polling from the head send the same URL: none may queue behind another's wait. */
    @Test
    void shouldWakeIdenticalLongPollsTogetherAndNeverBeStored() throws Exception {
        String since = Feed.now();
        List<CompletableFuture<Response>> polls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            polls.add(CompletableFuture.supplyAsync(() -> anonymous().queryParam("since", since).queryParam("wait", 20)
                    .queryParam("types", "person").get("/v1/changes")));
        }
        Thread.sleep(700);
        String slug = dev.lede.support.Fixtures.person("Same Poll " + unique());
        long written = System.nanoTime();
        for (CompletableFuture<Response> poll : polls) {
            Response answer = poll.get(20, TimeUnit.SECONDS);
            assertThat(answer.jsonPath().getList("data.slug")).contains(slug);
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written)).as("ms until all three answered")
                .isLessThan(1500);
    }

    @Test
    void shouldAnswerEmptyWithTheSameCursorAfterTheWait() {
        String since = Feed.now();
        long started = System.nanoTime();
        anonymous().queryParam("since", since).queryParam("wait", 1).get("/v1/changes").then().statusCode(200)
                .body("data.size()", org.hamcrest.Matchers.equalTo(0))
                .body("meta.nextCursor", org.hamcrest.Matchers.equalTo(since));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(waited).as("ms waited").isBetween(950L, 4000L);
    }

    @Test
    void shouldNotWakeAPartnerForADraftButMoveItsCursorPast() throws Exception {
        String since = Feed.now();
        CompletableFuture<Response> poll = CompletableFuture.supplyAsync(() -> anonymous().queryParam("since", since)
                .queryParam("wait", 2).get("/v1/changes"));
        Thread.sleep(300);
        String id = dev.lede.support.Fixtures.draft("Long Poll Draft " + unique(), Map.of()).path("id");
        Response answer = poll.get(20, TimeUnit.SECONDS);
        assertThat(answer.jsonPath().getList("data")).isEmpty();
        String next = answer.jsonPath().getString("meta.nextCursor");
        assertThat(next).isNotEqualTo(since);
        assertThat(Feed.all(Feed.as(true), since, 10, null).events()).extracting(Feed.Event::id).contains(id);
        assertThat(Feed.all(Feed.as(true), next, 10, null).events()).extracting(Feed.Event::id).doesNotContain(id);
    }

    /** The test profile allows 4 (lede.changes.max-waiters); a fifth waiting long-poll is a 503 with Retry-After. */
    @Test
    void shouldRefuseALongPollPastTheCapWith503() throws Exception {
        String since = Feed.now();
        List<CompletableFuture<Response>> waiting = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int limit = i;
            waiting.add(CompletableFuture.supplyAsync(() -> anonymous().queryParam("since", since).queryParam("wait", 4)
                    .queryParam("types", "source").queryParam("limit", limit).get("/v1/changes")));
        }
        Thread.sleep(1200);
        anonymous().queryParam("since", since).queryParam("wait", 4).queryParam("limit", 5).get("/v1/changes").then().statusCode(503)
                .header("Retry-After", "1").contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("wait"));
        anonymous().queryParam("since", since).get("/v1/changes").then().statusCode(200); // no wait: answered
        admin().body(Map.of("name", "Long Poll Source " + unique(), "kind", "other", "aliases", List.of()))
                .post("/v1/sources").then().statusCode(201);
        for (CompletableFuture<Response> poll : waiting) {
            assertThat(poll.get(20, TimeUnit.SECONDS).jsonPath().getList("data")).hasSize(1);
        }
        anonymous().queryParam("since", Feed.now()).queryParam("wait", 1).get("/v1/changes").then().statusCode(200);
    }
}
