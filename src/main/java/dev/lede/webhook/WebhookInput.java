package dev.lede.webhook;

import java.util.List;

/**
 * A subscription as POST and PATCH take it. In a PATCH an absent (or null) member is left as it is, and an empty
 * string clears a narrowing member (person, entity, source, section, tag).
 */
public record WebhookInput(String url, List<String> types, List<String> ops, String person, String entity,
                           String source, String section, String tag, String secret, String key) {
}
