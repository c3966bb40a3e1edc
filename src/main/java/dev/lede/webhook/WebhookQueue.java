package dev.lede.webhook;

import dev.lede.changes.ChangeCursor;
import dev.lede.changes.ChangeEmbeds;
import dev.lede.changes.ChangeEventView;
import dev.lede.changes.ChangeFeedService;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.persistence.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A subscription's queue: the public events after its cursor that its filter takes, read from the change log (through
 * the change feed, which applies the feed's is_public rule) in order. What the filter passes over moves the cursor on;
 * an event to send stays after it until its outcome is recorded ({@link WebhookOutcomes}).
 */
@ApplicationScoped
class WebhookQueue {
    private static final int PAGE = 50;

    private final ChangeFeedService feed;
    private final ChangeEmbeds embeds;
    private final WebhookFilter filter;

    WebhookQueue(ChangeFeedService feed, ChangeEmbeds embeds, WebhookFilter filter) {
        this.feed = feed;
        this.embeds = embeds;
        this.filter = filter;
    }

    /** What a subscription has to send now: a delivery asked for again first, then its next event if it is due. */
    Optional<WebhookWork> next(String subscriptionId) {
        Snapshot sub = QuarkusTransaction.requiringNew().call(() -> Snapshot.of(subscriptionId));
        if (sub == null) {
            return Optional.empty();
        }
        Optional<Entitlements> entitled = filter.entitlements(sub.criteria());
        if (entitled.isEmpty()) {
            markKeyRevoked(sub.id());
            return Optional.empty();
        }
        if (sub.retry() != null) {
            return at(sub, sub.retry(), entitled.get()).map(event -> sub.work(sub.cursor(), event, sub.retry().id));
        }
        if (sub.nextAttemptAt().isAfter(Times.now())) {
            return Optional.empty();
        }
        long position = sub.cursor();
        while (true) {
            ChangeFeedService.Slice slice = read(sub, position, entitled.get());
            for (ChangeEventView event : slice.events()) {
                if (filter.matches(sub.criteria(), event)) {
                    long before = event.seq() - 1;
                    return passOver(sub.id(), position, before) ? Optional.of(sub.work(before,
                            embeds.embed(List.of(event), false, entitled.get()).get(0), null)) : Optional.empty();
                }
            }
            if (slice.next() == position || !passOver(sub.id(), position, slice.next())) {
                return Optional.empty();
            }
            position = slice.next();
        }
    }

    /**
     * The next page after a position. Retention never prunes past a subscription's cursor ({@link WebhookRetention}),
     * but a replay to an old position can race a pruning: then the queue resumes at the oldest event kept (the lost
     * range is in the subscription's lastError).
     */
    private ChangeFeedService.Slice read(Snapshot sub, long position, Entitlements entitled) {
        try {
            return feed.read(new ChangeFeedService.Query(position, false, PAGE, sub.criteria().types(), false, entitled));
        } catch (Failure pruned) {
            if (pruned.kind() != Failure.Kind.GONE || pruned.details() == null) {
                throw pruned;
            }
            long oldest = ChangeCursor.seqOf((String) pruned.details().get("oldestCursor"));
            QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.update("cursor = ?1, lastError = ?2 where id = ?3 "
                    + "and cursor = ?4", oldest, "events " + (position + 1) + " to " + oldest + " were pruned before delivery",
                    sub.id(), position));
            return new ChangeFeedService.Slice(List.of(), position);
        }
    }

    /** The event a delivery asked for again was about, if the log still holds it. */
    private Optional<ChangeEventView> at(Snapshot sub, WebhookDelivery retry, Entitlements entitled) {
        List<ChangeEventView> events;
        try {
            events = feed.read(new ChangeFeedService.Query(retry.seq - 1, false, 1, EnumSet.allOf(ResourceType.class),
                    false, entitled)).events();
        } catch (Failure pruned) { // the event is no longer in the log: nothing to send again
            events = List.of();
        }
        if (events.isEmpty() || events.get(0).seq() != retry.seq) {
            QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update("retryRequested = false where id = ?1", retry.id));
            return Optional.empty();
        }
        return Optional.of(embeds.embed(events, false, entitled).get(0));
    }

    /**
     * A subscription bound to a revoked key is sent nothing and marked failing (its health shows it), not skipped in
     * silence: its cursor stays, so binding it to another key (or unbinding it) sends what it holds, and nothing the
     * revoked key may no longer read is sent meanwhile. Written once, not at every turn.
     */
    private static void markKeyRevoked(String id) {
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.update("attempts = case when attempts = 0 then 1 "
                + "else attempts end, lastError = ?1, lastFailureAt = ?2 where id = ?3 and (lastError is null or lastError <> ?1)",
                WebhookFilter.KEY_REVOKED, Times.now(), id));
    }

    /** Moves the cursor over events not sent; false when it moved meanwhile (a replay), which restarts the turn. */
    private static boolean passOver(String id, long from, long to) {
        return to == from || QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.update(
                "cursor = ?1 where id = ?2 and cursor = ?3", to, id, from)) == 1;
    }

    /** What the queue needs of a subscription, read in one short transaction. */
    private record Snapshot(String id, long cursor, long replays, Instant nextAttemptAt, WebhookFilter.Criteria criteria, URI url,
                            List<String> secrets, WebhookDelivery retry) {
        static Snapshot of(String id) {
            WebhookSubscription sub = WebhookSubscription.findById(id);
            if (sub == null) {
                return null;
            }
            WebhookDelivery retry = WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and retryRequested = true order by id",
                    id).firstResultOptional().orElse(null);
            return new Snapshot(id, sub.cursor, sub.replays, sub.nextAttemptAt, WebhookViews.criteria(sub),
                    URI.create(sub.url), signingSecrets(sub), retry);
        }

        private static List<String> signingSecrets(WebhookSubscription sub) {
            List<String> secrets = new ArrayList<>(List.of(sub.secret));
            if (sub.previousSecret != null && sub.previousUntil != null && sub.previousUntil.isAfter(Times.now())) {
                secrets.add(sub.previousSecret);
            }
            return secrets;
        }

        WebhookWork work(long at, ChangeEventView event, String retryOf) {
            return new WebhookWork(id, at, replays, retryOf, event, url, secrets);
        }

        @Override
        public String toString() {
            return "Snapshot[" + id + "]";
        }
    }
}
