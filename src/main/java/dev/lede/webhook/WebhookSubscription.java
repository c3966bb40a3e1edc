package dev.lede.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A receiver subscribed to public change events, and where its queue stands (the change log after {@link #cursor}). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    @Id
    public String id;

    @Column(nullable = false)
    public String url;

    /** Comma-separated resource types and ops (short, closed vocabularies). */
    @Column(nullable = false)
    public String types;

    @Column(nullable = false)
    public String ops;

    public String person;
    public String entity;
    public String source;
    public String section;
    public String tag;

    /** The key whose entitlements limit what is sent (V22), or null: what the public sees. */
    @Column(name = "key_id")
    public String keyId;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_until")
    public Instant previousUntil;

    /** The seq of the last event delivered, dead-lettered or passed over: the queue is every event after it. */
    @Column(name = "cursor_seq", nullable = false)
    public long cursor;

    /** Failed attempts at the event after the cursor. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "first_failure_at")
    public Instant firstFailureAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_until", nullable = false)
    public Instant leaseUntil;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    @Column(name = "last_error")
    public String lastError;

    /** Events given up on since the last delivery that succeeded. */
    @Column(name = "dead_letters", nullable = false)
    public int deadLetters;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Replays so far (V28): an attempt's outcome moves the cursor only if none came while it was in flight. */
    @Column(nullable = false)
    public long replays;

    @Version
    public long version;

    /**
     * How many subscriptions are stored, read row by row: a bare count(*) is H2's table size, which on H2 2.4.240 can
     * include rows of a transaction a crash cut short (bench/h2-crash).
     */
    public static long stored() {
        return count("id is not null");
    }

    /** active, failing (the next event keeps failing) or dead (an event was given up on, nothing delivered since). */
    public WebhookStatus status() {
        return deadLetters > 0 ? WebhookStatus.dead : attempts > 0 ? WebhookStatus.failing : WebhookStatus.active;
    }
}
