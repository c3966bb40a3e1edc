package dev.lede.changes;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** wait=N: a long-poll returns on a commit, or empty with its cursor after the wait; the number waiting is capped. */
@QuarkusTest
class ChangeLongPollTest {
    @Inject
    SessionFactory sessionFactory;

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
    void shouldNotShowAPartnerADraftNorReadTheLogForIt() throws Exception {
        String since = Feed.now();
        CompletableFuture<Response> poll = CompletableFuture.supplyAsync(() -> anonymous().queryParam("since", since)
                .queryParam("wait", 3).get("/v1/changes"));
        settle();
        long before = feedReads();
        String id = dev.lede.support.Fixtures.draft("Long Poll Draft " + unique(), Map.of()).path("id");
        Response answer = poll.get(20, TimeUnit.SECONDS);
        assertThat(answer.jsonPath().getList("data")).isEmpty();
        assertThat(feedReads() - before).as("reads of the log after the draft: it woke nobody").isZero();
        String next = answer.jsonPath().getString("meta.nextCursor");
        assertThat(Feed.all(Feed.as(true), since, 10, null).events()).extracting(Feed.Event::id).contains(id);
        assertThat(Feed.all(Feed.as(false), next, 10, null).events()).extracting(Feed.Event::id).doesNotContain(id);
    }

    /**
     * A commit wakes only the long-polls of its type whose caller may see it: an anonymous partner following people is
     * not woken by an article, nor one following articles by a draft; a key holder following articles is.
     */
    @Test
    void shouldWakeOnlyTheLongPollsAWriteConcerns() throws Exception {
        String since = Feed.now();
        CompletableFuture<Response> people = poll(anonymous(), since, "person");
        CompletableFuture<Response> publicArticles = poll(anonymous(), since, "article");
        CompletableFuture<Response> allArticles = poll(admin(), since, "article");
        settle();
        long before = feedReads();
        String id = dev.lede.support.Fixtures.draft("Targeted Wake " + unique(), Map.of()).path("id");
        Response keyHolders = allArticles.get(5, TimeUnit.SECONDS);
        assertThat(keyHolders.jsonPath().getList("data.id")).containsExactly(id);
        Thread.sleep(1200); // a look at the head passes too: it must not wake them either
        assertThat(people).isNotDone();
        assertThat(publicArticles).isNotDone();
        assertThat(feedReads() - before).as("reads of the log: the key holder's only").isEqualTo(1);

        admin().header("If-Match", "*").post("/v1/articles/{id}/publish", id).then().statusCode(200);
        long published = System.nanoTime();
        Response partners = publicArticles.get(5, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published)).as("ms to wake").isLessThan(500);
        assertThat(partners.jsonPath().getList("data.op")).containsExactly("published");
        assertThat(people).isNotDone();
        String slug = dev.lede.support.Fixtures.person("Targeted Person " + unique());
        assertThat(people.get(5, TimeUnit.SECONDS).jsonPath().getList("data.slug")).containsExactly(slug);
    }

    /** Woken by an event its position had already passed (the look at the head sees it again): it waits on. */
    @Test
    void shouldKeepWaitingUntilTheDeadlineWhenAWakeShowsNothing() throws Exception {
        dev.lede.support.Fixtures.person("Before The Poll " + unique()); // a public event the next look will see
        String since = Feed.now();
        long before = feedReads();
        long started = System.nanoTime();
        Response answer = anonymous().queryParam("since", since).queryParam("wait", 3).queryParam("types", "person")
                .get("/v1/changes");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(answer.jsonPath().getList("data")).isEmpty();
        assertThat(answer.jsonPath().getString("meta.nextCursor")).isEqualTo(since);
        assertThat(waited).as("ms waited").isBetween(2900L, 6000L);
        assertThat(feedReads() - before).as("its first read, and one more when woken").isGreaterThanOrEqualTo(2);
    }

    private static CompletableFuture<Response> poll(io.restassured.specification.RequestSpecification caller,
            String since, String types) {
        return CompletableFuture.supplyAsync(() -> caller.queryParam("since", since).queryParam("wait", 10)
                .queryParam("types", types).get("/v1/changes"));
    }

    /** Lets the long-polls park and a look at the head run (which may wake them once for older events). */
    private static void settle() throws InterruptedException {
        Thread.sleep(1500);
    }

    /** How many pages of the change log were read (each woken long-poll reads one). */
    private long feedReads() {
        Statistics statistics = sessionFactory.getStatistics();
        return Arrays.stream(statistics.getQueries())
                .filter(query -> query.startsWith("from ChangeEvent e where e.seq > :seq and e.seq <= :head"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
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
