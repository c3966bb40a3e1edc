package dev.lede.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.entity.EntityInput;
import dev.lede.platform.resource.CatalogInput;
import dev.lede.platform.text.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The write model of a person: what a client may set (no id, timestamps or version). Slug and name are documented
 * in META-INF/api-docs/properties.json.
 */
@Schema(name = "PersonInput", description = "A person to create or replace.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonInput(
        @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) @Size(max = 120) String slug,
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Other names the person appears under in text.", examples = "[\"Kirby\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(description = "Who the person is, e.g. their current role.",
                examples = "White House National Security Council spokesperson")
        @Size(max = 1000) String description,
        @Schema(description = "Entities the person belongs to, each named by id or slug, with the title held there.")
        @Size(max = 20) List<@NotNull @Valid AffiliationInput> affiliations,
        @Schema(description = "External identifiers of the same person, as absolute URIs.",
                examples = "[\"http://www.wikidata.org/entity/Q6250239\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = EntityInput.URI, message = EntityInput.URI_MESSAGE) String> sameAs,
        @Schema(description = "Waiting in the review queue (GET /v1/review): an ingest created it with a low confidence. Send false to clear it; absent is false.")
        Boolean needsReview) implements CatalogInput {

    @Schema(name = "AffiliationInput", description = "A tie to an entity, named by its id or slug.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AffiliationInput(
            @Schema(description = "Id or slug of an existing entity.", examples = "white-house")
            @NotBlank @Size(max = 200) String entity,
            @Schema(description = "The title held there.", examples = "Spokesperson")
            @Size(max = 300) String title) {
    }

    /** The current state as a write model, for a merge patch; entities are named by their stable ids. */
    static PersonInput of(Person person) {
        List<AffiliationInput> affiliations = person.affiliations.stream()
                .map(a -> new AffiliationInput(a.entity.id, a.title)).toList();
        return new PersonInput(person.slug, person.name, List.copyOf(person.aliases), person.description,
                affiliations, List.copyOf(person.sameAs), person.needsReview ? Boolean.TRUE : null);
    }
}
