package dev.lede.webhook;

/**
 * A subscription's health: active (delivering), failing (the event after its cursor failed and is being retried) or
 * dead (an event was given up on and dead-lettered, and nothing has been delivered since; the next ones are still tried).
 */
public enum WebhookStatus {
    active, failing, dead
}
