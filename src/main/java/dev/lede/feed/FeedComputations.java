package dev.lede.feed;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Bounds how many feeds this node computes at once ({@code lede.feeds.max-computations}). A full-text feed of 100
 * items holds each body several times while it is read and rendered (the entity's text, the view's, the escaped HTML,
 * the written bytes, about 3 MB in all); 32 key holders computing one each at once filled a 256 MB heap, and every
 * cached read behind them stalled with it. A computation beyond the bound waits, in arrival order, for a turn; after
 * {@code lede.feeds.computation-wait} it is refused with a 503 problem ({@code feeds-busy}) and {@code Retry-After},
 * which a feed reader treats as "try later". Cached feeds never come here: only what the cache could not answer.
 *
 * <p>A request waiting for a turn holds no thread: it is parked on a future that the computation ending before it
 * completes (handing its turn over), and resumes on a worker. Blocking waits held one worker each, so a burst of key
 * holders' feeds took the worker pool from every other request for up to the wait.
 */
@ApplicationScoped
class FeedComputations {
    private final int max;
    private final Duration wait;
    /** The requests waiting for a turn, oldest first; a future completed is a turn handed over. */
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int running;

    FeedComputations(LedeConfig config) {
        this.max = Math.max(1, config.feeds().maxComputations());
        this.wait = config.feeds().computationWait();
    }

    /** {@code computation}'s result once it had a turn (on a worker thread); {@link #busy} when none came in time. */
    <T> Uni<T> inTurn(Supplier<T> computation) {
        CompletableFuture<Void> turn = take();
        AtomicBoolean settled = new AtomicBoolean(); // the turn was used or given back: once only
        Uni<Void> granted = turn.isDone() ? Uni.createFrom().voidItem() : queued(turn);
        return granted.map(ignored -> {
            if (!settled.compareAndSet(false, true)) {
                throw new CancellationException("the request went away");
            }
            try {
                return computation.get();
            } finally {
                release();
            }
        }).onCancellation().invoke(() -> {
            if (settled.compareAndSet(false, true) && !giveUp(turn)) {
                release(); // a turn that the request going away will not use: pass it on
            }
        });
    }

    /**
     * A queued request's turn: it fails with {@link #busy} after the wait, unless the turn was handed over first (a
     * cancelled future is one no computation may hand a turn to, so exactly one of the two happens).
     */
    private Uni<Void> queued(CompletableFuture<Void> turn) {
        if (wait.isZero() || wait.isNegative()) {
            return giveUp(turn) ? Uni.createFrom().failure(busy(wait)) : Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(turn)
                .ifNoItem().after(wait).recoverWithUni(() -> Uni.createFrom().voidItem())
                .onItem().transformToUni(ignored -> giveUp(turn) ? Uni.createFrom().<Void>failure(busy(wait))
                        : Uni.createFrom().voidItem())
                .emitOn(Infrastructure.getDefaultWorkerPool()); // not on the thread of the computation that handed it over
    }

    /** A turn now (a completed future) or a place in the queue. */
    private synchronized CompletableFuture<Void> take() {
        CompletableFuture<Void> turn = new CompletableFuture<>();
        if (running < max && waiting.isEmpty()) {
            running++;
            turn.complete(null);
        } else {
            waiting.addLast(turn);
        }
        return turn;
    }

    /** True when {@code turn} had not been handed over: it leaves the queue and never will be. */
    private synchronized boolean giveUp(CompletableFuture<Void> turn) {
        if (turn.isDone() && !turn.isCancelled()) {
            return false;
        }
        turn.cancel(false);
        waiting.remove(turn);
        return true;
    }

    /** Hands the turn to the oldest waiting request, or frees it. */
    private synchronized void release() {
        CompletableFuture<Void> next;
        while ((next = waiting.pollFirst()) != null) {
            if (next.complete(null)) { // false: its wait ended (cancelled) just now; the next one then
                return;
            }
        }
        running--;
    }

    static Failure busy(Duration waited) {
        return new Failure(Failure.Kind.BUSY, "feeds-busy", "Feeds busy", "this server computes as many feeds at once "
                + "as it allows (lede.feeds.max-computations) and none finished within " + waited.toMillis()
                + " ms; retry after the seconds in Retry-After (a feed without a key is usually answered from the cache)",
                null, null);
    }
}
