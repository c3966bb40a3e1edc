package dev.lede.keys;

import dev.lede.platform.security.Entitlements;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to POST /v1/keys: the only time the secret is shown. Never logged, never stored. */
@Schema(name = "CreatedKey", description = "A new API key, with its secret (shown this once).")
public record CreatedKey(String id, String name, List<String> scopes, String prefix, String secret,
                         Entitlements entitlements, Instant createdAt) {
    @Override
    public String toString() {
        return "CreatedKey[" + id + ", " + name + ", " + prefix + "…]";
    }
}
