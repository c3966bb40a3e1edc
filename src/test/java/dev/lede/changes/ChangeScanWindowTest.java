package dev.lede.changes;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.keys.Keys;
import dev.lede.support.SmallBoundsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A read passes over at most lede.changes.scan-window positions of the log (here 20): a reader that sees few events
 * (a key limited to a tag, a narrow types=) resumes across a long stretch it cannot see in short pages whose cursor
 * moves one window at a time, each read in the same few statements, and still gets every event it may see exactly
 * once. A long-poll answers a capped page at once (its cursor moved) and waits only at the head.
 */
@QuarkusTest
@TestProfile(SmallBoundsProfile.class)
class ChangeScanWindowTest {
    private static final int WINDOW = SmallBoundsProfile.SCAN_WINDOW;

    @Inject
    SessionFactory sessionFactory;

    /** A page as read: its events' ids and seqs, the positions it passed over, and the statements it took. */
    private record Step(List<String> ids, List<Long> seqs, long from, long to, long statements) {
    }

    @Test
    void aLimitedKeyResumesAcrossALongInvisibleStretchAndGetsEveryVisibleEventOnce() throws Exception {
        String tag = "win" + unique();
        String other = "off" + unique();
        Keys limited = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("tags", List.of(tag))));
        String since = Feed.now();
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        inside.add(published("Window inside A " + unique(), Map.of("tags", List.of(tag))).path("id"));
        for (int i = 0; i < 15; i++) { // each: a private creation and a public publication, outside the key's tag
            outside.add(published("Window outside " + i + " " + unique(), Map.of("tags", List.of(other))).path("id"));
        }
        inside.add(published("Window inside B " + unique(), Map.of("tags", List.of(tag))).path("id"));
        for (int i = 0; i < 25; i++) {
            outside.add(draft("Window draft " + i + " " + unique(), Map.of("tags", List.of(tag))).path("id"));
        }
        inside.add(published("Window inside C " + unique(), Map.of("tags", List.of(tag))).path("id"));
        String source = dev.lede.support.Fixtures.source("Window Source " + unique(), "other");
        Thread.sleep(500); // background followers of those writes settle before statements are counted

        List<Step> steps = walk(limited::request, since);
        assertThat(steps.stream().flatMap(step -> step.ids().stream()).filter(inside::contains).toList())
                .as("each publication inside the key's tag, once, in order").containsExactlyElementsOf(inside);
        assertThat(steps.stream().flatMap(step -> step.ids().stream())).as("nothing outside").doesNotContainAnyElementsOf(outside);
        assertBounded(steps);
        long stretch = steps.get(steps.size() - 1).to() - seq(since);
        assertThat(stretch).isGreaterThan(3 * WINDOW);
        assertThat(steps).as("one request per window at least").hasSizeGreaterThanOrEqualTo((int) (stretch / WINDOW));
        assertThat(steps).as("some pages are empty with a cursor that moved on")
                .anyMatch(step -> step.ids().isEmpty() && step.to() > step.from());

        List<Step> sources = walk(() -> anonymous().queryParam("types", "source"), since);
        assertThat(sources.stream().flatMap(step -> step.ids().stream()).toList()).as("the one source, once").hasSize(1);
        assertThat(anonymous().get("/v1/sources/{slug}", source).then().statusCode(200).extract().<String>path("id"))
                .isEqualTo(sources.stream().flatMap(step -> step.ids().stream()).findFirst().orElseThrow());
        assertBounded(sources);
    }

    @Test
    void aLongPollAnswersACappedPageAtOnceAndWaitsOnlyAtTheHead() throws Exception {
        String tag = "wait" + unique();
        Keys limited = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("tags", List.of(tag))));
        String since = Feed.now();
        for (int i = 0; i < WINDOW + 5; i++) {
            draft("Window wait draft " + i + " " + unique(), Map.of("tags", List.of(tag)));
        }
        long started = System.nanoTime();
        JsonPath capped = longPoll(limited.request(), since, 10).get(10, TimeUnit.SECONDS).jsonPath();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("ms: answered, not parked").isLessThan(3000);
        assertThat(capped.getList("data")).isEmpty();
        assertThat(seq(capped.getString("meta.nextCursor"))).as("one window further").isEqualTo(seq(since) + WINDOW);

        CompletableFuture<Response> atHead = longPoll(limited.request(), capped.getString("meta.nextCursor"), 10);
        Thread.sleep(1500);
        assertThat(atHead).as("the rest of the stretch reaches the head: it waits").isNotDone();
        String id = published("Window wait inside " + unique(), Map.of("tags", List.of(tag))).path("id");
        long written = System.nanoTime();
        Response woken = atHead.get(10, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written)).as("ms to wake").isLessThan(1500);
        assertThat(woken.jsonPath().getList("data.id")).containsExactly(id);
        assertThat(woken.jsonPath().getList("data.op")).containsExactly("published");
    }

    /**
     * A limited key's long-poll is not answered by events outside its entitlements: neither by this node's commit nor
     * by the look at the head that wakes it for another node's (it reads, finds nothing it may see, and waits on).
     */
    @Test
    void aLimitedKeysLongPollWaitsOnThroughEventsItCannotSee() throws Exception {
        String tag = "see" + unique();
        Keys limited = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("tags", List.of(tag))));
        String since = Feed.now();
        long started = System.nanoTime();
        CompletableFuture<Response> poll = longPoll(limited.request(), since, 3);
        Thread.sleep(500);
        published("Unseen publication " + unique(), Map.of("tags", List.of("other" + unique())));
        Thread.sleep(1200); // a look at the head passes over it too
        if (poll.isDone()) {
            throw new AssertionError("answered early: " + poll.get().statusCode() + " " + poll.get().asString());
        }
        Response answer = poll.get(10, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("ms: until its deadline").isGreaterThan(2900);
        assertThat(answer.jsonPath().getList("data")).isEmpty();
        String next = answer.jsonPath().getString("meta.nextCursor");
        assertThat(seq(next)).as("the same cursor, or one past events it cannot see").isGreaterThanOrEqualTo(seq(since));
        assertThat(limited.request().queryParam("since", since).get("/v1/changes").then().statusCode(200).extract()
                .jsonPath().getList("data")).as("nothing it may see was passed over").isEmpty();

        CompletableFuture<Response> again = longPoll(limited.request(), next, 10);
        Thread.sleep(700);
        String id = published("Seen publication " + unique(), Map.of("tags", List.of(tag))).path("id");
        assertThat(again.get(10, TimeUnit.SECONDS).jsonPath().getList("data.id")).containsExactly(id);
    }

    /** Reads page after page (limit 100, no wait) until an empty page that leaves the cursor where it was: the head. */
    private List<Step> walk(Supplier<RequestSpecification> caller, String since) {
        List<Step> steps = new ArrayList<>();
        String cursor = since;
        for (int i = 0; i < 1000; i++) {
            sessionFactory.getStatistics().clear();
            JsonPath page = caller.get().queryParam("since", cursor).queryParam("limit", 100).get("/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            long statements = sessionFactory.getStatistics().getPrepareStatementCount();
            String next = page.getString("meta.nextCursor");
            List<String> ids = page.getList("data.id");
            steps.add(new Step(ids, page.getList("data.seq", Long.class), seq(cursor), seq(next), statements));
            if (ids.isEmpty() && next.equals(cursor)) {
                return steps;
            }
            cursor = next;
        }
        throw new AssertionError("never reached the head");
    }

    /** Each page passed over at most a window, seqs only ever grew (none repeated), in the same few statements. */
    private static void assertBounded(List<Step> steps) {
        long last = -1;
        for (Step step : steps) {
            assertThat(step.to() - step.from()).as("positions passed over").isBetween(0L, (long) WINDOW);
            // The head, the page, the oldest kept event, the key's lookup; one more for a follower running meanwhile.
            assertThat(step.statements()).as("statements of one page").isLessThanOrEqualTo(6);
            for (long seq : step.seqs()) {
                assertThat(seq).isGreaterThan(last).isGreaterThan(step.from()).isLessThanOrEqualTo(step.to());
                last = seq;
            }
        }
    }

    private static CompletableFuture<Response> longPoll(RequestSpecification caller, String since, int wait) {
        return CompletableFuture.supplyAsync(() -> caller.queryParam("since", since).queryParam("wait", wait)
                .get("/v1/changes"));
    }

    private static long seq(String cursor) {
        return ChangeCursor.seqOf(cursor);
    }
}
