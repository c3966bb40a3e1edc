package dev.lede.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.resource.StoredView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API serves it. */
@Schema(name = "Source", description = "A publisher, wire agency, broadcaster or other origin of articles.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        @Schema(description = "Stable opaque identifier (UUID v7).", examples = "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f") String id,
        @Schema(description = "Unique, URL-safe name; old slugs keep redirecting after a rename.", examples = "jovem-pan") String slug,
        @Schema(description = "Display name.", examples = "Jovem Pan") String name,
        @Schema(description = "What kind of source this is.") SourceKind kind,
        @Schema(description = "Home page. Absent when unknown.", examples = "https://jovempan.com.br") String url,
        @Schema(description = "ISO 3166-1 alpha-2 country code. Absent when unknown or international.", examples = "BR") String country,
        @Schema(description = "Main publishing language (BCP 47). Absent when unknown.", examples = "pt-BR") String language,
        @Schema(description = "Other names the source appears under; empty when none.", examples = "[\"Jovempan\"]") List<String> aliases,
        @Schema(description = "When the source was created in Lede.") Instant createdAt,
        @Schema(description = "When the source was last changed.") Instant updatedAt,
        @Schema(description = "Optimistic-locking version; increases with every change.", examples = "1") long version) implements StoredView {

    static SourceView of(Source source) {
        return new SourceView(source.id, source.slug, source.name, source.kind, source.url, source.country,
                source.language, List.copyOf(source.aliases), source.createdAt, source.updatedAt, source.version);
    }
}
