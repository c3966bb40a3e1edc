package dev.lede.feed;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many feeds this node computes at once ({@code lede.feeds.max-computations}). A full-text feed of 100
 * items holds each body several times while it is read and rendered (the entity's text, the view's, the escaped HTML,
 * the written bytes, about 3 MB in all); 32 key holders computing one each at once filled a 256 MB heap, and every
 * cached read behind them stalled with it. A computation beyond the bound waits, in arrival order, for a turn; after
 * {@code lede.feeds.computation-wait} it is refused with a 503 problem ({@code feeds-busy}) and {@code Retry-After},
 * which a feed reader treats as "try later". Cached feeds never come here: only what the cache could not answer.
 */
@ApplicationScoped
class FeedComputations {
    private final Semaphore turns;
    private final Duration wait;

    FeedComputations(LedeConfig config) {
        this.turns = new Semaphore(Math.max(1, config.feeds().maxComputations()), true);
        this.wait = config.feeds().computationWait();
    }

    /** Runs {@code computation} once it has a turn; {@link #busy} when none came in time. */
    <T> T inTurn(Supplier<T> computation) {
        if (!acquire()) {
            throw busy(wait);
        }
        try {
            return computation.get();
        } finally {
            turns.release();
        }
    }

    private boolean acquire() {
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Failure busy(Duration waited) {
        return new Failure(Failure.Kind.BUSY, "feeds-busy", "Feeds busy", "this server computes as many feeds at once "
                + "as it allows (lede.feeds.max-computations) and none finished within " + waited.toMillis()
                + " ms; retry after the seconds in Retry-After (a feed without a key is usually answered from the cache)",
                null, null);
    }
}
