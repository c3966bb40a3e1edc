package dev.lede.webhook;

import dev.lede.platform.persistence.Ids;
import dev.lede.platform.persistence.Times;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records what an attempt gave, in one transaction with the subscription's row locked (a replay or a PATCH waits for
 * it): the attempt, its delivery, and the queue's cursor, which moves past the event only on a 2xx or when the event is
 * given up on. At-least-once: a crash after the receiver's 2xx and before this commit sends the event again.
 */
@ApplicationScoped
class WebhookOutcomes {
    private static final int MAX_ERROR = 500;

    private final RetrySchedule schedule;
    private final MeterRegistry metrics;

    WebhookOutcomes(WebhookConfig config, MeterRegistry metrics) {
        this.schedule = RetrySchedule.of(config.retry());
        this.metrics = metrics;
    }

    @Transactional
    void record(WebhookWork work, WebhookSender.Answer answer) {
        WebhookSubscription sub = WebhookSubscription.findById(work.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
        if (sub == null) {
            return; // deleted meanwhile: its deliveries went with it
        }
        Instant now = Times.now();
        WebhookDelivery delivery = delivery(work, now);
        attempt(delivery, answer, now);
        delivery.attempts++;
        delivery.updatedAt = now;
        if (answer.delivered()) {
            sub.lastSuccessAt = now;
        } else {
            sub.lastFailureAt = now;
            sub.lastError = answer.error() != null ? clip(answer.error()) : "HTTP " + answer.status();
        }
        if (work.retryOf() != null) {
            delivery.retryRequested = false;
            if (answer.delivered()) {
                delivery.state = WebhookDeliveryState.delivered;
            }
            count(answer.delivered() ? "delivered" : "failed");
        } else if (sub.replays == work.replays() && sub.cursor == work.cursor()) {
            queued(sub, delivery, answer, now);
        } else {
            replayedMeanwhile(delivery, answer);
        }
        sub.updatedAt = now;
    }

    private void queued(WebhookSubscription sub, WebhookDelivery delivery, WebhookSender.Answer answer, Instant now) {
        if (answer.delivered()) {
            delivery.state = WebhookDeliveryState.delivered;
            moveOn(sub, delivery.seq, now);
            sub.deadLetters = 0;
            count("delivered");
            return;
        }
        sub.attempts++;
        sub.firstFailureAt = sub.firstFailureAt == null ? now : sub.firstFailureAt;
        if (schedule.givesUp(sub.firstFailureAt, now)) {
            delivery.state = WebhookDeliveryState.dead_letter;
            moveOn(sub, delivery.seq, now);
            sub.deadLetters++;
            count("dead_letter");
        } else {
            sub.nextAttemptAt = schedule.next(now, sub.attempts);
            count("failed");
        }
    }

    /**
     * A replay came while this attempt was in flight (it waited for the row's lock, or took it first), even one to this
     * very cursor (the replay count tells, the cursor could not): the cursor is the replay's, but the delivery still says what the receiver answered. A 2xx is delivered (a replay
     * that sends the event again makes a delivery of its own); a failure stays pending, to be reused when the replay
     * reaches the event again.
     */
    private void replayedMeanwhile(WebhookDelivery delivery, WebhookSender.Answer answer) {
        if (answer.delivered()) {
            delivery.state = WebhookDeliveryState.delivered;
        }
        count(answer.delivered() ? "delivered" : "failed");
    }

    private static void moveOn(WebhookSubscription sub, long seq, Instant now) {
        sub.cursor = seq;
        sub.attempts = 0;
        sub.firstFailureAt = null;
        sub.nextAttemptAt = now;
    }

    /** The delivery asked for again, else the event's pending one, else a new one (a first attempt or a replay). */
    private static WebhookDelivery delivery(WebhookWork work, Instant now) {
        if (work.retryOf() != null) {
            return WebhookDelivery.findById(work.retryOf());
        }
        return WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and seq = ?2 and state = ?3",
                work.subscriptionId(), work.event().seq(), WebhookDeliveryState.pending).firstResultOptional()
                .orElseGet(() -> created(work, now));
    }

    private static WebhookDelivery created(WebhookWork work, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = Ids.newId();
        delivery.subscriptionId = work.subscriptionId();
        delivery.seq = work.event().seq();
        delivery.messageId = work.messageId();
        delivery.eventType = work.event().type().name();
        delivery.eventOp = work.event().op().name();
        delivery.resourceId = work.event().id();
        delivery.state = WebhookDeliveryState.pending;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        delivery.persist();
        return delivery;
    }

    private static void attempt(WebhookDelivery delivery, WebhookSender.Answer answer, Instant now) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.id = Ids.newId();
        attempt.deliveryId = delivery.id;
        attempt.at = now;
        attempt.statusCode = answer.status();
        attempt.latencyMs = answer.latencyMs();
        attempt.error = answer.error() == null ? null : clip(answer.error());
        attempt.responsePrefix = answer.prefix();
        attempt.persist();
    }

    private void count(String outcome) {
        metrics.counter("lede.webhooks.attempts", "outcome", outcome).increment();
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
