package dev.lede.webhook;

import dev.lede.changes.ChangeCursor;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entities to views (inside the transaction), and a subscription's stored lists to its filter's criteria. */
final class WebhookViews {
    private WebhookViews() {
    }

    static WebhookView of(WebhookSubscription sub, String shownSecret) {
        return new WebhookView(sub.id, sub.url, List.copyOf(types(sub)), List.copyOf(ops(sub)), sub.person, sub.entity,
                sub.source, sub.section, sub.tag, shownSecret, sub.status(), ChangeCursor.of(sub.cursor), sub.attempts,
                sub.attempts > 0 ? sub.nextAttemptAt : null, sub.deadLetters, sub.lastSuccessAt, sub.lastFailureAt,
                sub.lastError, sub.previousSecret == null ? null : sub.previousUntil, sub.createdAt, sub.updatedAt, sub.keyId);
    }

    static WebhookDeliveryView of(WebhookDelivery delivery, Map<String, List<WebhookAttempt>> attempts) {
        return new WebhookDeliveryView(delivery.id, delivery.messageId, delivery.seq, delivery.eventType,
                delivery.eventOp, delivery.resourceId, delivery.state, delivery.retryRequested,
                attempts.getOrDefault(delivery.id, List.of()).stream().map(a -> new WebhookDeliveryView.Attempt(a.at,
                        a.statusCode, a.latencyMs, a.error, a.responsePrefix)).toList(),
                delivery.createdAt, delivery.updatedAt);
    }

    static WebhookFilter.Criteria criteria(WebhookSubscription sub) {
        return new WebhookFilter.Criteria(types(sub), ops(sub), sub.person, sub.entity, sub.source, sub.section, sub.tag,
                sub.keyId);
    }

    private static Set<ResourceType> types(WebhookSubscription sub) {
        Set<ResourceType> types = EnumSet.noneOf(ResourceType.class);
        Arrays.stream(sub.types.split(",")).map(ResourceType::valueOf).forEach(types::add);
        return types;
    }

    private static Set<ChangeOp> ops(WebhookSubscription sub) {
        Set<ChangeOp> ops = EnumSet.noneOf(ChangeOp.class);
        Arrays.stream(sub.ops.split(",")).map(ChangeOp::valueOf).forEach(ops::add);
        return ops;
    }
}
