package dev.lede.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription and how its deliveries stand; the secret only in the answer that made it. */
@Schema(name = "Webhook", description = "A receiver subscribed to public change events, and how its deliveries stand.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(String id, String url, List<ResourceType> types, List<ChangeOp> ops, String person,
                          String entity, String source, String section, String tag, String secret, WebhookStatus status,
                          String cursor, int failedAttempts, Instant nextAttemptAt, int deadLetters,
                          Instant lastSuccessAt, Instant lastFailureAt, String lastError, Instant previousSecretUntil,
                          Instant createdAt, Instant updatedAt, String key) {
}
