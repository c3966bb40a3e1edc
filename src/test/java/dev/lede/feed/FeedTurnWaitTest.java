package dev.lede.feed;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.support.SmallBoundsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A feed waiting for a turn holds no worker thread: with one computation at a time, its turn held, and more feeds
 * waiting than the server has workers (8 here), a plain read is still answered at once; when the turn is given back
 * every waiting feed is computed in its turn and answered.
 */
@QuarkusTest
@TestProfile(SmallBoundsProfile.class)
class FeedTurnWaitTest {
    private static final int WAITING = 16;

    @Inject
    FeedComputations computations;

    @Test
    void shouldAnswerOtherReadsWhileFeedsWaitForATurnAndThenComputeThemAll() throws Exception {
        String tag = "tw" + unique();
        String id = published("Turn wait " + tag, Map.of("tags", List.of(tag))).path("id");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch giveBack = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WAITING + 1);
        try {
            CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> computations.inTurn(() -> {
                held.countDown();
                await(giveBack);
                return 1;
            }).await().atMost(Duration.ofSeconds(60)), pool);
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Response>> feeds = new ArrayList<>();
            for (int i = 0; i < WAITING; i++) { // a key holder's feed is always computed, never a cache hit
                String path = "/v1/feeds/articles." + List.of("rss", "atom", "json").get(i % 3) + "?limit=" + (i + 1)
                        + "&tag=" + tag;
                feeds.add(CompletableFuture.supplyAsync(() -> admin().get(path), pool));
            }
            Thread.sleep(1500); // all of them waiting for the turn by then
            assertThat(feeds).as("waiting for the turn").noneMatch(CompletableFuture::isDone);

            long started = System.nanoTime();
            admin().get("/v1/articles/{id}", id).then().statusCode(200);
            admin().queryParam("tag", tag).get("/v1/articles").then().statusCode(200);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("ms for two plain reads")
                    .isLessThan(3000);
            assertThat(feeds).as("still waiting").noneMatch(CompletableFuture::isDone);

            giveBack.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            for (CompletableFuture<Response> feed : feeds) {
                Response answer = feed.get(30, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.asString()).contains(id);
            }
        } finally {
            giveBack.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
