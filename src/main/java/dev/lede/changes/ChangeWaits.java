package dev.lede.changes;

import dev.lede.article.ArticleEntitlements;
import dev.lede.platform.failure.Failure;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Answers a page of the change feed, waiting up to {@code wait} seconds for one that is not empty. The reads run on a
 * worker thread, each in its own short transaction; between them the request is parked on a {@link ChangeSignals}
 * future, holding neither a thread nor a connection. Each read resumes from the previous one's position, so "now" is
 * resolved once and events hidden from this caller move the position on rather than waking it again and again. Only
 * commits of its types that its caller may see wake it ({@link ChangeSignals.Interest}); one that wakes it and then
 * shows nothing (another node's, or one its position had passed) parks it again until its deadline. A read whose scan
 * window ended before the head ({@link ChangeFeedService.Slice#atHead}) is answered at once, empty or not: its cursor
 * moved on, and the partner's next request scans the next window, so a long stretch the caller cannot see costs a few
 * bounded requests, never a spin on one position nor a wait before the head was reached.
 */
@ApplicationScoped
class ChangeWaits {
    private final ChangeFeedService feed;
    private final ChangeEmbeds embeds;
    private final ChangeSignals signals;

    ChangeWaits(ChangeFeedService feed, ChangeEmbeds embeds, ChangeSignals signals) {
        this.feed = feed;
        this.embeds = embeds;
        this.signals = signals;
    }

    /** Called on a worker thread: the first read is made there, before anything parks. */
    Uni<ChangeFeedService.Slice> answer(ChangeParams params) {
        CompletableFuture<Void> signal = signals.register(interest(params));
        ChangeFeedService.Slice first;
        try {
            first = read(params, params.query());
        } catch (RuntimeException e) {
            signals.forget(signal);
            throw e;
        }
        if (!first.events().isEmpty() || !first.atHead() || params.waitSeconds() == 0) {
            signals.forget(signal);
            return Uni.createFrom().item(first);
        }
        if (!signals.park()) {
            signals.forget(signal);
            throw tooManyWaiting();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(params.waitSeconds()).toNanos();
        return park(params, first, signal, deadline).onTermination().invoke(signals::unpark);
    }

    private Uni<ChangeFeedService.Slice> park(ChangeParams params, ChangeFeedService.Slice last, CompletableFuture<Void> signal,
                                              long deadline) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left < 1) { // the wait is over (timers take whole milliseconds)
            signals.forget(signal);
            return Uni.createFrom().item(last);
        }
        return Uni.createFrom().completionStage(signal)
                .ifNoItem().after(Duration.ofMillis(left)).recoverWithItem((Void) null)
                .onCancellation().invoke(() -> signals.forget(signal))
                .emitOn(Infrastructure.getDefaultWorkerPool()) // not on the committing writer's thread
                .flatMap(woken -> {
                    signals.forget(signal);
                    // The wait ended (the time-out cancels the signal's stage): empty, at the same position.
                    if (!signal.isDone() || signal.isCancelled()) {
                        return Uni.createFrom().item(last);
                    }
                    CompletableFuture<Void> again = signals.register(interest(params));
                    ChangeFeedService.Slice slice;
                    try {
                        slice = read(params, params.query().after(last.next()));
                    } catch (RuntimeException e) {
                        signals.forget(again); // a failed read (a pruned cursor, the database) leaves no registration
                        throw e;
                    }
                    if (!slice.events().isEmpty() || !slice.atHead()) { // a capped window: its cursor moved on
                        signals.forget(again);
                        return Uni.createFrom().item(slice);
                    }
                    return park(params, slice, again, deadline);
                });
    }

    /** What wakes this long-poll: an event of its types that its caller may see, entitlements included. */
    private static ChangeSignals.Interest interest(ChangeParams params) {
        return new ChangeSignals.Interest(params.query().types(), params.query().all(),
                ArticleEntitlements.labelGroups(params.query().entitled()));
    }

    private ChangeFeedService.Slice read(ChangeParams params, ChangeFeedService.Query query) {
        ChangeFeedService.Slice slice = feed.read(query);
        return params.includeResource() ? slice.with(embeds.embed(slice.events(), query.all(), query.entitled())) : slice;
    }

    private static Failure tooManyWaiting() {
        return new Failure(Failure.Kind.BUSY, "too-many-waiting", "Too many waiting",
                "wait: this server holds as many long-polls as it allows (lede.changes.max-waiters); retry after the "
                        + "seconds in Retry-After, or poll without wait", null, null);
    }
}
