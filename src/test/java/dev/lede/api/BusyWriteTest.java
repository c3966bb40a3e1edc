package dev.lede.api;

import static dev.lede.api.ProblemAssertions.problem;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A write that waits for a row another transaction holds gives up after the lock timeout (10 s, on H2 and on
 * PostgreSQL) with a 503 the client can retry, instead of a 500 or a request that hangs.
 */
@QuarkusTest
class BusyWriteTest {
    @Inject
    EntityManager em;

    @Test
    void aWriteBlockedPastTheLockTimeoutIsA503WithRetryAfterAndWritesNothing() throws Exception {
        String name = "Held " + unique();
        String id = admin().body(Map.of("name", name, "kind", "publisher")).post("/v1/sources")
                .then().statusCode(201).extract().path("id");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("UPDATE source SET version = version WHERE id = :id").setParameter("id", id)
                        .executeUpdate();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            problem(admin().header("If-Match", "*").body(Map.of("name", "Changed " + unique(), "kind", "publisher"))
                    .put("/v1/sources/" + id).then(), 503, "/v1/sources/" + id)
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://lede.dev/problems/busy"));

            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            admin().get("/v1/sources/" + id).then().statusCode(200).body("name", equalTo(name));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
