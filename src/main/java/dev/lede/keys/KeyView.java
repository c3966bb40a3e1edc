package dev.lede.keys;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.security.Entitlements;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored key as lists and GET show it: never its secret, only the prefix that recognises it. */
@Schema(name = "Key", description = "An API key, without its secret.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyView(String id, String name, List<String> scopes, String prefix, Entitlements entitlements,
                      Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    static KeyView of(ApiKey key) {
        return new KeyView(key.id, key.name, List.copyOf(key.scopes), key.prefix, key.entitled(), key.createdAt,
                key.lastUsedAt, key.revokedAt);
    }
}
