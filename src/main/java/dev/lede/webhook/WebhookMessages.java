package dev.lede.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.changes.ChangeEventView;
import dev.lede.platform.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A webhook as Standard Webhooks defines it: a JSON body {@code {"type": "article.published", "timestamp", "data"}}
 * whose data is the change feed's event with the resource as a public GET shows it now (or a tombstone), and the
 * headers webhook-id, webhook-timestamp and webhook-signature (one {@code v1,} signature per signing secret, separated
 * by spaces, during a rotation's overlap). The body is made at each attempt: a retry carries the resource as it is then.
 */
@ApplicationScoped
class WebhookMessages {
    /** The payload's shape (Standard Webhooks' recommended envelope). */
    record Payload(String type, Instant timestamp, ChangeEventView data) {
    }

    private final ObjectMapper json;
    private final ReceiverGuard guard;
    private final WebhookSender sender;
    private final SealedSecrets sealed;

    WebhookMessages(ObjectMapper json, ReceiverGuard guard, WebhookSender sender, SealedSecrets sealed) {
        this.json = json;
        this.guard = guard;
        this.sender = sender;
        this.sealed = sealed;
    }

    /**
     * Signs and sends one attempt, to an address checked now; a refused address is a failed attempt, and so is a
     * secret that cannot be decrypted (a wrong master key): nothing unsigned is sent, the attempt and the subscription
     * say why, and it is retried as any failure (a node restarted with the right key then delivers).
     */
    WebhookSender.Answer send(WebhookWork work) {
        List<String> secrets;
        try {
            secrets = sealed.openAll(work.secrets(), work.subscriptionId());
        } catch (SealedSecrets.Unreadable unreadable) {
            return new WebhookSender.Answer(null, null, "not sent: " + unreadable.getMessage(), 0);
        }
        Instant now = Times.now();
        byte[] body = body(work.event(), now);
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "Lede-Webhooks/1");
        headers.put("webhook-id", work.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", secrets.stream()
                .map(secret -> WebhookSecrets.sign(secret, work.messageId(), timestamp, body))
                .collect(Collectors.joining(" ")));
        InetAddress address;
        try {
            address = guard.address(work.url());
        } catch (ReceiverGuard.Refused refused) {
            return new WebhookSender.Answer(null, null, "refused: " + refused.getMessage(), 0);
        }
        return sender.post(work.url(), address, headers, body);
    }

    private byte[] body(ChangeEventView event, Instant now) {
        try {
            return json.writeValueAsBytes(new Payload(event.type() + "." + event.op(), now, event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload could not be written", e);
        }
    }
}
