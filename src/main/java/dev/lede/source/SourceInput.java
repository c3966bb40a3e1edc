package dev.lede.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.resource.CatalogInput;
import dev.lede.platform.text.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The write model of a source: what a client may set (no id, timestamps or version). Slug, name and kind are
 * documented in META-INF/api-docs/properties.json.
 */
@Schema(name = "SourceInput", description = "A source to create or replace.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInput(
        @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) @Size(max = 120) String slug,
        @NotBlank @Size(max = 300) String name,
        @NotNull SourceKind kind,
        @Schema(description = "Home page (http or https).", examples = "https://jovempan.com.br")
        @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) @Size(max = 2000) String url,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "BR")
        @Pattern(regexp = Patterns.COUNTRY, message = Patterns.COUNTRY_MESSAGE) String country,
        @Schema(description = "Main publishing language (BCP 47).", examples = "pt-BR")
        @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String language,
        @Schema(description = "Other names the source appears under.", examples = "[\"Jovempan\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases) implements CatalogInput {

    static SourceInput of(Source source) {
        return new SourceInput(source.slug, source.name, source.kind, source.url, source.country, source.language,
                List.copyOf(source.aliases));
    }
}
