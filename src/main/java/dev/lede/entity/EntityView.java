package dev.lede.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.resource.StoredView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entity as the API serves it; the members all catalogs have are documented in META-INF/api-docs/properties.json. */
@Schema(name = "Entity", description = "A country, place, organisation, government body, military unit, agency, company or party.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityView(String id, String slug, String name, EntityKind kind,
        @Schema(description = "Other names the entity appears under, metonyms included (\"Moscow\" for Russia); empty when none.",
                examples = "[\"Russian Federation\", \"Moscow\", \"Kremlin\"]") List<String> aliases,
        @Schema(description = "The entity this one belongs to (a ministry's government, a unit's army). Absent when none.")
        EntityRef parent,
        @Schema(description = "ISO 3166-1 alpha-2 code of the country the entity is, or belongs to. Absent when not applicable or unknown.",
                examples = "RU") String countryCode,
        @Schema(description = "External identifiers of the same thing (Wikidata, VIAF...) as absolute URIs; empty when none.",
                examples = "[\"http://www.wikidata.org/entity/Q159\"]") List<String> sameAs,
        @Schema(description = "Whether it waits in the review queue (GET /v1/review) for an editor to confirm what an ingest guessed.")
        boolean needsReview,
        Instant createdAt, Instant updatedAt, long version) implements StoredView {

    static EntityView of(NamedEntity entity) {
        return new EntityView(entity.id, entity.slug, entity.name, entity.kind, List.copyOf(entity.aliases),
                EntityRef.of(entity.parent), entity.countryCode, List.copyOf(entity.sameAs), entity.needsReview, entity.createdAt,
                entity.updatedAt, entity.version);
    }
}
