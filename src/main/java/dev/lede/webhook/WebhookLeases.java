package dev.lede.webhook;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.persistence.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which subscriptions have something due, and the lease that keeps one delivery in flight per subscription across
 * nodes: a conditional UPDATE of its row takes it (only one node's succeeds), and it lapses by itself if the node dies.
 */
@ApplicationScoped
class WebhookLeases {
    private final Duration lease;
    private final Duration attempt;

    WebhookLeases(WebhookConfig config) {
        // A turn sends while an attempt, bounded by the time-outs, still ends within the lease (Claim.roomFor); a
        // crashed node's lease lapses after it.
        this.attempt = config.connectTimeout().plus(config.readTimeout()).plusSeconds(5);
        this.lease = attempt.multipliedBy(2).plusSeconds(30);
    }

    /** A subscription this node holds until {@code until}, as written in its row (the release names it). */
    record Claim(String id, Instant until) {
        /** Whether one more attempt would end before the lease does: past that, another node may take over. */
        boolean roomFor(Duration attempt) {
            return Instant.now().plus(attempt).isBefore(until);
        }
    }

    Duration attempt() {
        return attempt;
    }

    /** Claims up to {@code limit} due subscriptions not already served here: events after their cursor, or a retry asked for. */
    List<Claim> claimDue(int limit, Set<String> busy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Times.now();
            long head = ChangeEvent.headSeq();
            List<String> due = WebhookSubscription.<WebhookSubscription>find("leaseUntil < ?1 and ((cursor < ?2 and "
                            + "nextAttemptAt <= ?1) or id in (select d.subscriptionId from WebhookDelivery d where "
                            + "d.retryRequested = true)) order by nextAttemptAt", now, head)
                    .page(0, limit + busy.size()).list().stream().map(sub -> sub.id).filter(id -> !busy.contains(id))
                    .limit(limit).toList();
            List<Claim> claimed = new ArrayList<>();
            Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS); // compared again on release: no sub-ms part
            for (String id : due) {
                if (WebhookSubscription.update("leaseUntil = ?1 where id = ?2 and leaseUntil < ?3", until, id, now) == 1) {
                    claimed.add(new Claim(id, until));
                }
            }
            return claimed;
        });
    }

    /** Gives the lease back, unless it lapsed and another node has taken it since (its lease is not ours to end). */
    void release(Claim claim) {
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.update("leaseUntil = ?1 where id = ?2 and leaseUntil = ?3",
                Times.now().minusMillis(1), claim.id(), claim.until()));
    }

    boolean anySubscription() {
        return QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.stored() > 0);
    }
}
