package dev.lede.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compact reference to a source, embedded in articles. */
@Schema(name = "SourceRef", description = "A compact reference to a source.")
public record SourceRef(
        @Schema(description = "Source id.", examples = "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f") String id,
        @Schema(description = "Source slug.", examples = "jovem-pan") String slug,
        @Schema(description = "Display name.", examples = "Jovem Pan") String name,
        @Schema(description = "What kind of source this is.") SourceKind kind) {

    public static SourceRef of(Source source) {
        return source == null ? null : new SourceRef(source.id, source.slug, source.name, source.kind);
    }
}
