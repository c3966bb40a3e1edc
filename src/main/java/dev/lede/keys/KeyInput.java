package dev.lede.keys;

import dev.lede.platform.security.Entitlements;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /v1/keys: a key to make. Checked by {@link ApiKeyService}, each problem naming its field. */
@Schema(name = "KeyInput", description = "A key to create.")
public record KeyInput(@Schema(required = true) String name, @Schema(required = true) List<String> scopes,
                       Entitlements entitlements) {
}
