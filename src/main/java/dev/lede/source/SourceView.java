package dev.lede.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.resource.StoredView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API serves it; the members all catalogs have are documented in META-INF/api-docs/properties.json. */
@Schema(name = "Source", description = "A publisher, wire agency, broadcaster or other origin of articles.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(String id, String slug, String name, SourceKind kind,
        @Schema(description = "Home page. Absent when unknown.", examples = "https://jovempan.com.br") String url,
        @Schema(description = "ISO 3166-1 alpha-2 country code. Absent when unknown or international.", examples = "BR") String country,
        @Schema(description = "Main publishing language (BCP 47). Absent when unknown.", examples = "pt-BR") String language,
        @Schema(description = "Other names the source appears under; empty when none.", examples = "[\"Jovempan\"]") List<String> aliases,
        Instant createdAt, Instant updatedAt, long version) implements StoredView {

    static SourceView of(Source source) {
        return new SourceView(source.id, source.slug, source.name, source.kind, source.url, source.country,
                source.language, List.copyOf(source.aliases), source.createdAt, source.updatedAt, source.version);
    }
}
