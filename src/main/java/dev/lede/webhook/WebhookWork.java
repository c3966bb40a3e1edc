package dev.lede.webhook;

import dev.lede.changes.ChangeEventView;
import java.net.URI;
import java.util.List;

/**
 * One event to send to one subscription: from its queue (the event after {@code cursor}), or a delivery asked for
 * again ({@code retryOf}, outside the queue); {@code replays} is the subscription's replay count when it was read. {@code secrets} sign it (two during a rotation's overlap), as stored:
 * encrypted until the attempt opens them ({@link SealedSecrets}).
 */
record WebhookWork(String subscriptionId, long cursor, long replays, String retryOf, ChangeEventView event, URI url,
                   List<String> secrets) {
    String messageId() {
        return WebhookDelivery.messageId(subscriptionId, event.seq());
    }

    /** Without the secrets: a record's default text would show them wherever it was logged. */
    @Override
    public String toString() {
        return "WebhookWork[" + subscriptionId + " seq " + event.seq() + (retryOf == null ? "" : " retry of " + retryOf) + "]";
    }
}
