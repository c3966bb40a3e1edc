package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Writers racing with the same If-Match: one wins, the others learn they lost (412), none sees a 500. */
@QuarkusTest
class ConcurrentEditTest {
    private static final int WRITERS = 8;

    @Test
    void exactlyOneOfEightConcurrentPutsWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            race();
        }
    }

    private void race() throws Exception {
        var created = admin().body(Map.of("name", "Race " + unique(), "kind", "publisher", "aliases", List.of("R")))
                .post("/v1/sources").then().statusCode(CREATED).extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String name = "Race winner " + i + " " + unique();
                results.add(pool.submit(() -> {
                    start.await();
                    return admin().header("If-Match", etag)
                            .body(Map.of("name", name, "kind", "broadcaster", "aliases", List.of("W" + name)))
                            .put("/v1/sources/{idOrSlug}", id).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(statuses).as("statuses %s", statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        anonymous().get("/v1/sources/{idOrSlug}", id).then().statusCode(OK).body("version", equalTo(1))
                .body("kind", equalTo("broadcaster"));
    }
}
