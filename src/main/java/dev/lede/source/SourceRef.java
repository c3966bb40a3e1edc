package dev.lede.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compact reference to a source, embedded in articles; its members are documented in META-INF/api-docs/properties.json. */
@Schema(name = "SourceRef", description = "A compact reference to a source.")
public record SourceRef(String id, String slug, String name, SourceKind kind) {

    public static SourceRef of(Source source) {
        return source == null ? null : new SourceRef(source.id, source.slug, source.name, source.kind);
    }
}
