package dev.lede.entity;

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
 * The write model of an entity: what a client may set (no id, timestamps or version). Slug, name and kind are
 * documented in META-INF/api-docs/properties.json.
 */
@Schema(name = "EntityInput", description = "An entity to create or replace.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityInput(
        @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) @Size(max = 120) String slug,
        @NotBlank @Size(max = 300) String name,
        @NotNull EntityKind kind,
        @Schema(description = "Other names, metonyms included (\"Moscow\" for Russia).", examples = "[\"Moscow\", \"Kremlin\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(description = "Id or slug of the entity this one belongs to; not itself nor one of its descendants.",
                examples = "united-states")
        @Size(max = 200) String parent,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "RU")
        @Pattern(regexp = Patterns.COUNTRY, message = Patterns.COUNTRY_MESSAGE) String countryCode,
        @Schema(description = "External identifiers of the same thing, as absolute URIs.",
                examples = "[\"http://www.wikidata.org/entity/Q159\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = EntityInput.URI, message = EntityInput.URI_MESSAGE) String> sameAs,
        @Schema(description = "Waiting in the review queue (GET /v1/review): an ingest created it with a low confidence. Send false to clear it; absent is false.")
        Boolean needsReview) implements CatalogInput {

    /** An absolute URI (RFC 3986: a scheme, a colon, no whitespace); people's sameAs use it too. */
    public static final String URI = "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$";
    public static final String URI_MESSAGE = "must be an absolute URI such as http://www.wikidata.org/entity/Q159";

    /** The current state as a write model, for a merge patch; the parent is named by its stable id. */
    static EntityInput of(NamedEntity entity) {
        return new EntityInput(entity.slug, entity.name, entity.kind, List.copyOf(entity.aliases),
                entity.parent == null ? null : entity.parent.id, entity.countryCode, List.copyOf(entity.sameAs),
                entity.needsReview ? Boolean.TRUE : null);
    }
}
