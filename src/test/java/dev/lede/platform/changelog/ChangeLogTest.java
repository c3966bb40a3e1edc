package dev.lede.platform.changelog;

import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CONFLICT;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static dev.lede.support.Status.UNAUTHORIZED;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The change log as a reader sees it: one event per committed write, in seq order, without gaps. */
@QuarkusTest
class ChangeLogTest {
    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    private List<ChangeEvent> eventsOf(String resourceId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from ChangeEvent e where e.resourceId = :id order by e.seq", ChangeEvent.class)
                .setParameter("id", resourceId).getResultList());
    }

    private List<ChangeEvent> eventsAfter(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from ChangeEvent e where e.seq > :seq order by e.seq", ChangeEvent.class)
                .setParameter("seq", seq).getResultList());
    }

    private long lastSeq() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select coalesce(max(e.seq), 0) from ChangeEvent e", Long.class).getSingleResult());
    }

    @Test
    void createUpdateDeleteAppendOneEventEachWithTheWrittenVersion() {
        var created = admin().body(Map.of("name", "Logged " + unique(), "kind", "publisher")).post("/v1/sources")
                .then().statusCode(CREATED).extract();
        String id = created.path("id");
        String etag = admin().header("If-Match", created.header("ETag"))
                .body(Map.of("name", "Logged again " + unique(), "kind", "publisher"))
                .put("/v1/sources/{idOrSlug}", id).then().statusCode(OK).extract().header("ETag");
        admin().header("If-Match", etag).delete("/v1/sources/{idOrSlug}", id).then().statusCode(NO_CONTENT);

        List<ChangeEvent> events = eventsOf(id);
        assertThat(events).extracting(e -> e.type, e -> e.op, e -> e.version).containsExactly(
                tuple(ResourceType.source, ChangeOp.created, 0L),
                tuple(ResourceType.source, ChangeOp.updated, 1L),
                tuple(ResourceType.source, ChangeOp.deleted, 1L));
        assertThat(events).extracting(e -> e.seq).isSorted().doesNotHaveDuplicates();
        assertThat(events).allSatisfy(e -> assertThat(e.at).isNotNull());
        assertThat(events.get(0).at).isBeforeOrEqualTo(events.get(2).at);
    }

    @Test
    void aTransactionOfSeveralEventsStoresTheLastSeqWithoutAPoolWarning() {
        java.util.List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger pool = java.util.logging.Logger.getLogger("io.agroal.pool");
        pool.addHandler(handler);
        try {
            // Deleting an article with a quote commits two events in one transaction.
            String article = admin().body(Map.of("headline", "Two events " + unique(), "language", "en",
                    "body", List.of("Said here."))).post("/v1/articles").then().statusCode(CREATED).extract().path("id");
            admin().body(Map.of("text", "Said here.", "article", article)).post("/v1/quotes").then().statusCode(CREATED);
            admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", article).then().statusCode(NO_CONTENT);
        } finally {
            pool.removeHandler(handler);
        }
        long head = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT last_seq FROM change_log_head WHERE id = 1").getSingleResult()).longValue());
        assertThat(head).isEqualTo(lastSeq());
        assertThat(warnings).noneMatch(message -> message.contains("Closing open connection"));
    }

    @Test
    void failedWritesAppendNothing() {
        var created = admin().body(Map.of("name", "Unchanged " + unique(), "kind", "publisher")).post("/v1/sources")
                .then().statusCode(CREATED).extract();
        String id = created.path("id");
        String slug = created.path("slug");
        String staleEtag = created.header("ETag");
        admin().header("If-Match", staleEtag).body(Map.of("name", "Changed " + unique(), "kind", "publisher"))
                .put("/v1/sources/{idOrSlug}", id).then().statusCode(OK);
        long before = lastSeq();

        // 400: validation, malformed JSON, wrong type.
        admin().body(Map.of("name", " ", "kind", "publisher")).post("/v1/sources").then().statusCode(BAD_REQUEST);
        admin().body("{\"name\": ").post("/v1/sources").then().statusCode(BAD_REQUEST);
        admin().header("If-Match", "*").body(Map.of("name", "X", "kind", "nope")).put("/v1/sources/{idOrSlug}", id)
                .then().statusCode(BAD_REQUEST);
        // 412: a stale If-Match on PUT, PATCH and DELETE.
        admin().header("If-Match", staleEtag).body(Map.of("name", "Lost update", "kind", "publisher"))
                .put("/v1/sources/{idOrSlug}", id).then().statusCode(PRECONDITION_FAILED);
        admin().header("If-Match", staleEtag).contentType("application/merge-patch+json")
                .body(Map.of("name", "Lost patch")).patch("/v1/sources/{idOrSlug}", id).then().statusCode(PRECONDITION_FAILED);
        admin().header("If-Match", staleEtag).delete("/v1/sources/{idOrSlug}", id).then().statusCode(PRECONDITION_FAILED);
        // 428: no If-Match.
        admin().body(Map.of("name", "No precondition", "kind", "publisher")).put("/v1/sources/{idOrSlug}", id)
                .then().statusCode(PRECONDITION_REQUIRED);
        // 409: a slug that is taken.
        admin().body(Map.of("name", "Squatter " + unique(), "kind", "publisher", "slug", slug)).post("/v1/sources")
                .then().statusCode(CONFLICT);
        // 401: no key.
        io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("name", "Anonymous " + unique(), "kind", "publisher")).post("/v1/sources")
                .then().statusCode(UNAUTHORIZED);

        assertThat(eventsAfter(before)).isEmpty();
        assertThat(eventsOf(id)).extracting(e -> e.op).containsExactly(ChangeOp.created, ChangeOp.updated);
    }

    @Test
    void concurrentCreatesGetConsecutiveSeqsAndOneCreatedEventEach() throws Exception {
        int threads = 4;
        int perThread = 5;
        long before = lastSeq();
        String tag = "burst" + unique();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        ids.add(admin().body(Map.of("name", tag + " " + thread + "-" + i, "kind", "other"))
                                .post("/v1/sources").then().statusCode(CREATED).extract().path("id"));
                    }
                    return ids;
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> future : futures) {
                ids.addAll(future.get(120, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(threads * perThread);

            List<ChangeEvent> events = eventsAfter(before);
            assertThat(events).hasSize(threads * perThread);
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).seq).as("seq of event %d", i).isEqualTo(before + 1 + i);
            }
            assertThat(events).allSatisfy(e -> {
                assertThat(e.op).isEqualTo(ChangeOp.created);
                assertThat(e.type).isEqualTo(ResourceType.source);
                assertThat(e.version).isZero();
            });
            assertThat(events).extracting(e -> e.resourceId).containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOpenTransactionWithEventsDoesNotHoldOtherWritersBackAndSeqFollowsCommitOrder() throws Exception {
        long before = lastSeq();
        String slowId = "slow-" + unique();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // A long transaction (as a bulk batch is) appends its event, then goes on working.
            Future<?> slow = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                changeLog.append(ResourceType.source, ChangeOp.updated, slowId, 1);
                appended.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
            // Meanwhile another write commits: it used to wait for the counter's row lock until the first committed.
            Future<String> quick = pool.submit(() -> admin().body(Map.of("name", "Quick " + unique(), "kind", "other"))
                    .post("/v1/sources").then().statusCode(CREATED).extract().<String>path("id"));
            String quickId = quick.get(20, TimeUnit.SECONDS);
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);

            // Numbered at commit: the write that committed first has the smaller seq, and there is no gap.
            assertThat(eventsAfter(before)).extracting(e -> e.resourceId, e -> e.seq)
                    .containsExactly(tuple(quickId, before + 1), tuple(slowId, before + 2));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
