package dev.lede.feed;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Feeds are computed a bounded number at a time: here one, with no wait for a turn, so that of many key holders asking
 * at once (a key holder's feed is always computed) some are refused with a 503 problem saying so and when to retry,
 * none fails otherwise, and a cached feed is still answered meanwhile.
 */
@QuarkusTest
@TestProfile(FeedComputationBoundTest.OneAtATime.class)
class FeedComputationBoundTest {
    private static final int AT_ONCE = 12;

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.feeds.max-computations", "1", "lede.feeds.computation-wait", "0s");
        }
    }

    @Test
    void shouldRefuseWhatExceedsTheBoundWithABusyProblemAndComputeTheRest() throws Exception {
        String tag = "fb" + unique();
        for (int i = 0; i < 20; i++) {
            published("Bounded " + i + " " + tag, Map.of("tags", List.of(tag), "body", paragraphs(30)));
        }
        String path = "/v1/feeds/articles.rss?fullText=true&limit=100&tag=" + tag;
        anonymous().get(path).then().statusCode(200); // cached for anonymous readers
        List<Response> answers = atOnce(path);
        List<Response> refused = answers.stream().filter(r -> r.statusCode() == 503).toList();
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 503));
        assertThat(refused).as("beyond one computation at a time").isNotEmpty();
        assertThat(answers).as("the turn's own").anyMatch(r -> r.statusCode() == 200);
        for (Response busy : refused) {
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.jsonPath().getString("type")).endsWith("/feeds-busy");
            assertThat(busy.jsonPath().getString("detail")).contains("lede.feeds.max-computations");
        }
        answers.stream().filter(r -> r.statusCode() == 200)
                .forEach(ok -> assertThat(FeedTest.parse(ok).getEntries()).hasSize(20));
        anonymous().get(path).then().statusCode(200); // the cached feed needs no turn
    }

    /** {@value #AT_ONCE} key holders asking for the feed at the same instant. */
    private static List<Response> atOnce(String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CyclicBarrier start = new CyclicBarrier(AT_ONCE);
            List<CompletableFuture<Response>> pending = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                pending.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return admin().get(path);
                }, pool));
            }
            return pending.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paragraphs(int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add("Paragraph " + i + " of a long story, " + unique() + ", that a full-text feed carries whole.");
        }
        return paragraphs;
    }
}
