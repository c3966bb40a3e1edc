package dev.lede.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One HTTP attempt at a delivery, as the receiver answered it (or why no answer came). */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "delivery_id", nullable = false)
    public String deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public Instant at;

    /** Absent when no response came (refused address, time-out, connection error). */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    public int latencyMs;

    public String error;

    /** At most the first 256 bytes of the response body, as text. */
    @Column(name = "response_prefix")
    public String responsePrefix;
}
