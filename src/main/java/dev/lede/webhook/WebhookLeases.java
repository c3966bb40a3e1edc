package dev.lede.webhook;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.persistence.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
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

    WebhookLeases(WebhookConfig config) {
        // Long enough for a turn of attempts, each bounded by the time-outs; a crashed node's lease lapses after it.
        this.lease = config.connectTimeout().plus(config.readTimeout()).multipliedBy(2).plusSeconds(30);
    }

    /** Claims up to {@code limit} due subscriptions not already served here: events after their cursor, or a retry asked for. */
    List<String> claimDue(int limit, Set<String> busy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Times.now();
            long head = ChangeEvent.headSeq();
            List<String> due = WebhookSubscription.<WebhookSubscription>find("leaseUntil < ?1 and ((cursor < ?2 and "
                            + "nextAttemptAt <= ?1) or id in (select d.subscriptionId from WebhookDelivery d where "
                            + "d.retryRequested = true)) order by nextAttemptAt", now, head)
                    .page(0, limit + busy.size()).list().stream().map(sub -> sub.id).filter(id -> !busy.contains(id))
                    .limit(limit).toList();
            List<String> claimed = new ArrayList<>();
            for (String id : due) {
                if (WebhookSubscription.update("leaseUntil = ?1 where id = ?2 and leaseUntil < ?3", now.plus(lease), id, now) == 1) {
                    claimed.add(id);
                }
            }
            return claimed;
        });
    }

    void release(String id) {
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.update("leaseUntil = ?1 where id = ?2",
                Times.now().minusMillis(1), id));
    }

    boolean anySubscription() {
        return QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.count() > 0);
    }
}
