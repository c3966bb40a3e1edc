package dev.lede.keys;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of GET /v1/keys (the generic Page of keys). */
@Schema(name = "KeyPage", description = "A page of API keys, oldest first.")
public record KeyPage(List<KeyView> data, Page.Meta meta, Page.Links links) {
}
