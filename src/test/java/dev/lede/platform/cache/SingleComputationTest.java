package dev.lede.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The bookkeeping behind "one request computes a missed response, the others wait for it". */
class SingleComputationTest {

    @Test
    void theFirstMissComputesAndLaterMissesWaitUntilItIsDone() {
        ResponseCache cache = new ResponseCache(Duration.ofMinutes(1), ResponseCache.MAX_TRACKED);
        ResponseCache.Miss first = cache.miss("/v1/articles");
        assertThat(first.leads()).as("the first miss computes").isNotNull();
        CompletableFuture<Void> waiting = cache.miss("/v1/articles").waitFor();
        CompletableFuture<Void> givesUp = cache.miss("/v1/articles").waitFor();
        assertThat(waiting).as("a second miss waits").isNotNull().isNotDone();
        assertThat(cache.miss("/v1/people").leads()).as("another key is computed on its own").isNotNull();

        givesUp.cancel(false); // a waiter that times out or loses its client
        assertThat(waiting).as("the others still wait").isNotDone();
        cache.computed("/v1/articles", first.leads());

        assertThat(waiting).isCompleted();
        assertThat(cache.miss("/v1/articles").leads()).as("the next miss computes again").isNotNull();
    }

    @Test
    void aComputationUnfinishedPastThePatienceIsIgnored() throws InterruptedException {
        ResponseCache cache = new ResponseCache(Duration.ofMillis(50), ResponseCache.MAX_TRACKED);
        ResponseCache.Miss lost = cache.miss("/v1/articles"); // its request never finishes in time
        Thread.sleep(120);
        ResponseCache.Miss next = cache.miss("/v1/articles");
        assertThat(next.leads()).as("a later miss does not wait for it").isNotNull();
        CompletableFuture<Void> waiting = cache.miss("/v1/articles").waitFor();

        cache.computed("/v1/articles", lost.leads()); // the slow one ends at last: it must not release the new one's
        assertThat(waiting).isNotDone();
        cache.computed("/v1/articles", next.leads());
        assertThat(waiting).isCompleted();
    }
}
