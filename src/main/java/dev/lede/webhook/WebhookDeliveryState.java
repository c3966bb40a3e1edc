package dev.lede.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a delivery stands: pending (being retried), delivered (a 2xx), dead_letter (given up on). */
@Schema(name = "WebhookDeliveryState")
public enum WebhookDeliveryState {
    pending, delivered, dead_letter
}
