package dev.lede.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event sent to a subscription, with every attempt. */
@Schema(name = "WebhookDelivery", description = "One event sent (or being sent) to a subscription, with every attempt.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDeliveryView(String id, String webhookId, long seq, String type, String op, String resourceId,
                                  WebhookDeliveryState state, boolean retryRequested, List<Attempt> attempts,
                                  Instant createdAt, Instant updatedAt) {

    @Schema(name = "WebhookAttempt", description = "One HTTP attempt at a delivery.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(Instant at, Integer statusCode, int latencyMs, String error, String responsePrefix) {
    }
}
