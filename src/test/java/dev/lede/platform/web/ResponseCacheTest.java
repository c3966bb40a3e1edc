package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Public reads come from the response cache until a committed write changes what they show. */
@QuarkusTest
class ResponseCacheTest {
    @Inject
    SessionFactory sessionFactory;

    @Inject
    dev.lede.platform.cache.ChangeFollower follower;

    @Inject
    jakarta.persistence.EntityManager em;

    private long statementsFor(String path) {
        sessionFactory.getStatistics().clear();
        anonymous().get(path).then().statusCode(OK);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void shouldServeARepeatedReadWithoutTheDatabase() {
        String id = published("Cached " + unique(), Map.of()).path("id");
        assertThat(statementsFor("/v1/articles/" + id)).isPositive();
        assertThat(statementsFor("/v1/articles/" + id)).isZero();
        String etag = anonymous().get("/v1/articles/{idOrSlug}", id).then().extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_MODIFIED);
    }

    @Test
    void shouldPublishItsHitsAsMetrics() {
        String id = published("Metered " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(OK)
                .body(org.hamcrest.Matchers.containsString("cache_gets_total{cache=\"responses\",result=\"hit\"}"));
    }

    @Test
    void shouldShowARenamedPersonInACachedArticleAtOnce() {
        String slug = person("Before Rename " + unique());
        String id = published("Names " + unique(), Map.of("people", List.of(Map.of("person", slug)))).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("people[0].name", org.hamcrest.Matchers.startsWith("Before Rename"));
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"name\": \"After Rename\"}")
                .patch("/v1/people/{idOrSlug}", slug).then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("people[0].name", equalTo("After Rename"));
    }

    @Test
    void shouldShowANewQuoteAndANewArticleAtOnce() {
        String tag = "c" + unique();
        String id = published("Quotes later " + tag, Map.of("tags", List.of(tag))).path("id");
        anonymous().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", id).then().body("quotes", hasSize(0));
        anonymous().queryParam("tag", tag).get("/v1/articles").then().body("data", hasSize(1));
        admin().body(Map.of("text", "Fresh words here", "article", id)).post("/v1/quotes").then().statusCode(CREATED);
        anonymous().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", id).then().body("quotes", hasSize(1));
        published("Second " + tag, Map.of("tags", List.of(tag)));
        anonymous().queryParam("tag", tag).get("/v1/articles").then().body("data", hasSize(2));
    }

    @Test
    void shouldDropWhatAnotherNodeChangedOnceItFollowsTheChangeLog() {
        String slug = person("Remote Before " + unique());
        String personId = anonymous().get("/v1/people/{idOrSlug}", slug).then().extract().path("id");
        String id = published("Remote " + unique(), Map.of("people", List.of(Map.of("person", slug)))).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("people[0].name", org.hamcrest.Matchers.startsWith("Remote Before"));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            // What another node sharing the database does: change a row and append to the change log.
            em.createNativeQuery("UPDATE person SET name = 'Changed Elsewhere', version = version + 1 WHERE id = :id")
                    .setParameter("id", personId).executeUpdate();
            em.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq + 1 WHERE id = 1").executeUpdate();
            em.createNativeQuery("INSERT INTO change_event (seq, resource_type, op, resource_id, resource_version, occurred_at)"
                    + " SELECT last_seq, 'person', 'updated', :id, 1, CURRENT_TIMESTAMP FROM change_log_head WHERE id = 1")
                    .setParameter("id", personId).executeUpdate();
        });
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("people[0].name", org.hamcrest.Matchers.startsWith("Remote Before"));
        follower.follow();
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("people[0].name", equalTo("Changed Elsewhere"));
    }

    @Test
    void shouldShowAQuoteAnotherNodeAddedWithoutDroppingUnrelatedResponses() {
        String u = unique();
        String article = published("Quoted elsewhere " + u, Map.of()).path("id");
        String bystander = person("Bystander " + u);
        String quoted = "/v1/articles/" + article + "?include=quotes";
        anonymous().get(quoted).then().body("quotes", hasSize(0));
        anonymous().get("/v1/people/{idOrSlug}", bystander).then().statusCode(OK);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            // Another node adds a quote: a row, and an event that names the article embedding it.
            String quote = dev.lede.platform.persistence.Ids.newId();
            em.createNativeQuery("INSERT INTO quote (id, slug, text, fragment, article_id, created_at, updated_at, version)"
                    + " VALUES (:id, :slug, 'said elsewhere', FALSE, :article, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                    .setParameter("id", quote).setParameter("slug", "said-elsewhere-" + u).setParameter("article", article)
                    .executeUpdate();
            em.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq + 1 WHERE id = 1").executeUpdate();
            em.createNativeQuery("INSERT INTO change_event (seq, resource_type, op, resource_id, resource_version, occurred_at,"
                    + " embedded_in) SELECT last_seq, 'quote', 'created', :id, 0, CURRENT_TIMESTAMP, :article FROM change_log_head"
                    + " WHERE id = 1").setParameter("id", quote).setParameter("article", article).executeUpdate();
        });
        follower.follow();
        anonymous().get(quoted).then().body("quotes", hasSize(1));
        assertThat(statementsFor("/v1/people/" + bystander)).as("a quote no longer drops every response").isZero();
    }

    @Test
    void shouldDrainABacklogOfAnotherNodesWritesInOneTick() {
        String slug = person("Backlog Before " + unique());
        String personId = anonymous().get("/v1/people/{idOrSlug}", slug).then().extract().path("id");
        anonymous().get("/v1/people/{idOrSlug}", slug).then().body("name", org.hamcrest.Matchers.startsWith("Backlog Before"));
        writeElsewhere(1500, personId, "Renamed After 1500");
        assertThat(follower.follow()).isGreaterThanOrEqualTo(1500); // more than one batch of 1,000, at once
        anonymous().get("/v1/people/{idOrSlug}", slug).then().body("name", equalTo("Renamed After 1500"));
    }

    @Test
    void shouldDropTheCacheAndJumpToTheHeadWhenFarBehind() {
        String slug = person("Far Behind " + unique());
        String personId = anonymous().get("/v1/people/{idOrSlug}", slug).then().extract().path("id");
        anonymous().get("/v1/people/{idOrSlug}", slug).then().body("name", org.hamcrest.Matchers.startsWith("Far Behind"));
        writeElsewhere(2500, personId, "Renamed After 2500"); // past lede.cache.follow-jump-after (2,000 in tests)
        assertThat(follower.follow()).isZero(); // no event read one by one: the cache was dropped
        assertThat(follower.position()).isEqualTo(headSeq()); // and the follower jumped to the head
        anonymous().get("/v1/people/{idOrSlug}", slug).then().body("name", equalTo("Renamed After 2500"));
        anonymous().get("/v1/people/{idOrSlug}", slug).then().body("name", equalTo("Renamed After 2500"));
        writeElsewhere(1, personId, "Renamed Once More");
        assertThat(follower.follow()).isEqualTo(1); // from the head on, event by event again
        anonymous().get("/v1/people/{idOrSlug}", slug).then().body("name", equalTo("Renamed Once More"));
    }

    private long headSeq() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1").getSingleResult()).longValue());
    }

    /**
     * What another node sharing the database does during a bulk load: many committed events (naming ids this node
     * never cached), the last of which renames a person this node has cached.
     */
    private void writeElsewhere(int events, String personId, String newName) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE person SET name = :name, version = version + 1 WHERE id = :id")
                    .setParameter("name", newName).setParameter("id", personId).executeUpdate();
            long last = ((Number) em.createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1")
                    .getSingleResult()).longValue();
            em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO change_event "
                        + "(seq, resource_type, op, resource_id, resource_version, occurred_at) VALUES (?, ?, ?, ?, 1, ?)")) {
                    for (int i = 1; i <= events; i++) {
                        insert.setLong(1, last + i);
                        insert.setString(2, i == events ? "person" : "source");
                        insert.setString(3, i == events ? "updated" : "created");
                        insert.setString(4, i == events ? personId : "elsewhere-" + unique());
                        insert.setObject(5, java.time.OffsetDateTime.now());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
            em.createNativeQuery("UPDATE change_log_head SET last_seq = :seq WHERE id = 1")
                    .setParameter("seq", last + events).executeUpdate();
        });
    }

    @Test
    void shouldNeverKeepServingAnOldVersionAfterConcurrentMisses() throws Exception {
        String slug = person("Racing Reads " + unique());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                admin().contentType("application/merge-patch+json").header("If-Match", "*")
                        .body("{\"description\": \"pre " + round + "\"}").patch("/v1/people/{idOrSlug}", slug).then().statusCode(OK);
                java.util.List<java.util.concurrent.Future<?>> reads = new java.util.ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    reads.add(pool.submit(() -> anonymous().get("/v1/people/{idOrSlug}", slug).then().statusCode(OK)));
                }
                for (java.util.concurrent.Future<?> read : reads) {
                    read.get();
                }
                admin().contentType("application/merge-patch+json").header("If-Match", "*")
                        .body("{\"description\": \"post " + round + "\"}").patch("/v1/people/{idOrSlug}", slug).then().statusCode(OK);
                anonymous().get("/v1/people/{idOrSlug}", slug).then().body("description", equalTo("post " + round));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldComputeAResponseOnceWhenManyMissItAtOnce() throws Exception {
        String tag = "s" + unique();
        for (int i = 0; i < 3; i++) {
            published("Stampede " + i + " " + tag, Map.of("tags", List.of(tag)));
        }
        long one = statementsFor("/v1/articles?include=people,entities&limit=7&tag=" + tag);
        sessionFactory.getStatistics().clear();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> etags = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                etags.add(pool.submit(() -> {
                    start.await();
                    return anonymous().get("/v1/articles?include=people,entities&limit=8&tag=" + tag)
                            .then().statusCode(OK).body("data", hasSize(3)).extract().header("ETag");
                }));
            }
            start.countDown();
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (java.util.concurrent.Future<String> etag : etags) {
                distinct.add(etag.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        // 16 misses of one key at once: one computes, the others wait for it (not 16 times the statements).
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).isLessThan(3 * one);
    }

    @Test
    void shouldAnswer410OnceACachedArticleIsWithdrawn() {
        String id = published("Withdrawn later " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        admin().header("If-Match", "*").body(Map.of("reason", "Legal")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(GONE);
    }

    @Test
    void shouldNeverServeAKeyHolderFromTheSharedCache() {
        String id = published("Private view " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().header("Cache-Control", org.hamcrest.Matchers.containsString("public"));
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("private"));
    }
}
