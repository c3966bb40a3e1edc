package dev.lede.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change event sent (or being sent) to one subscription, with its attempts ({@link WebhookAttempt}). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "subscription_id", nullable = false)
    public String subscriptionId;

    @Column(nullable = false)
    public long seq;

    /** The webhook-id header: the same for every attempt and replay of this event to this subscription. */
    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "event_op", nullable = false)
    public String eventOp;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public WebhookDeliveryState state;

    @Column(nullable = false)
    public int attempts;

    /** Asked for again (POST .../retry): sent once more outside the subscription's queue. */
    @Column(name = "retry_requested", nullable = false)
    public boolean retryRequested;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static String messageId(String subscriptionId, long seq) {
        return "msg_" + subscriptionId.replace("-", "") + "_" + seq;
    }
}
