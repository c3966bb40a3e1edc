package dev.lede.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The bookkeeping behind "one request computes a missed response, the others wait for it". */
class SingleComputationTest {

    @Test
    void theFirstMissComputesAndLaterMissesWaitUntilItIsDone() {
        ResponseCache cache = new ResponseCache(Duration.ofMinutes(1));
        assertThat(cache.computeOrJoin("/v1/articles")).as("the first miss computes").isNull();
        CompletableFuture<Void> waiting = cache.computeOrJoin("/v1/articles");
        assertThat(waiting).as("a second miss waits").isNotNull().isNotDone();
        assertThat(cache.computeOrJoin("/v1/people")).as("another key is computed on its own").isNull();

        cache.computed("/v1/articles");

        assertThat(waiting).isDone();
        assertThat(cache.computeOrJoin("/v1/articles")).as("the next miss computes again").isNull();
    }

    @Test
    void aComputationUnfinishedPastThePatienceIsIgnored() throws InterruptedException {
        ResponseCache cache = new ResponseCache(Duration.ofMillis(50));
        assertThat(cache.computeOrJoin("/v1/articles")).isNull(); // its request never finishes (a lost connection)
        Thread.sleep(120);
        assertThat(cache.computeOrJoin("/v1/articles")).as("a later miss does not wait for it").isNull();
    }
}
