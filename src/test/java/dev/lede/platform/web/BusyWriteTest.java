package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.platform.web.ProblemAssertions.problem;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A write that waits for what another transaction holds gives up after the lock timeout (10 s, on H2 and on
 * PostgreSQL) with a 503 the client can retry, instead of a 500 or a request that hangs; nothing of it is stored.
 * Each case holds something in an open transaction while the API writes.
 */
@QuarkusTest
class BusyWriteTest {
    @Inject
    EntityManager em;

    @Test
    void aWriteToARowHeldByAnotherTransactionIsA503WithRetryAfter() throws Exception {
        String name = "Held " + unique();
        String id = admin().body(Map.of("name", name, "kind", "publisher")).post("/v1/sources")
                .then().statusCode(CREATED).extract().path("id");

        whileHolding(em -> em.createNativeQuery("UPDATE source SET version = version WHERE id = :id").setParameter("id", id)
                .executeUpdate(), () -> admin().header("If-Match", "*").body(Map.of("name", "Changed " + unique(), "kind", "publisher"))
                .put("/v1/sources/{idOrSlug}", id).then(), "/v1/sources/" + id);

        admin().get("/v1/sources/{idOrSlug}", id).then().statusCode(OK).body("name", equalTo(name));
    }

    @Test
    void aWriteThatCannotCommitItsChangeEventsInTimeIsA503AndStoresNothing() throws Exception {
        String name = "Queued " + unique();
        // The change log's counter row is what every commit takes last.
        whileHolding(em -> em.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq WHERE id = 1").executeUpdate(),
                () -> admin().body(Map.of("name", name, "kind", "publisher")).post("/v1/sources").then(), "/v1/sources");

        assertThat(sourcesNamed(name)).isZero();
    }

    @Test
    void aCreateWhoseSlugAnotherTransactionIsInsertingIsA503() throws Exception {
        String slug = "contested-" + unique().toLowerCase();
        whileHolding(em -> em.createNativeQuery("INSERT INTO source (id, slug, name, kind, created_at, updated_at, version) "
                                + "VALUES (:id, :slug, 'Contested', 'publisher', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                        .setParameter("id", UUID.randomUUID().toString()).setParameter("slug", slug).executeUpdate(),
                () -> admin().body(Map.of("name", "Contested " + unique(), "slug", slug, "kind", "publisher"))
                        .post("/v1/sources").then(), "/v1/sources");
    }

    /** Runs {@code hold} in a transaction kept open while {@code write} runs, which must answer the busy problem. */
    private void whileHolding(Consumer<EntityManager> hold, Supplier<ValidatableResponse> write, String path) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                hold.accept(em);
                held.countDown();
                await(release);
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            problem(write.get(), 503, path)
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://lede.dev/problems/busy"));

            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private long sourcesNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM source WHERE name = :name").setParameter("name", name).getSingleResult()).longValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
