package dev.lede.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.resource.StoredView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entity as the API serves it. */
@Schema(name = "Entity", description = "A country, place, organisation, government body, military unit, agency, company or party.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityView(
        @Schema(description = "Stable opaque identifier (UUID v7).", examples = "0184e0a2-6d2e-7c4f-8a11-4b6c3d2e5f60") String id,
        @Schema(description = "Unique, URL-safe name; old slugs keep redirecting after a rename.", examples = "russia") String slug,
        @Schema(description = "Display name.", examples = "Russia") String name,
        @Schema(description = "What kind of entity this is.") EntityKind kind,
        @Schema(description = "Other names the entity appears under, metonyms included (\"Moscow\" for Russia); empty when none.",
                examples = "[\"Russian Federation\", \"Moscow\", \"Kremlin\"]") List<String> aliases,
        @Schema(description = "The entity this one belongs to (a ministry's government, a unit's army). Absent when none.")
        EntityRef parent,
        @Schema(description = "ISO 3166-1 alpha-2 code of the country the entity is, or belongs to. Absent when not applicable or unknown.",
                examples = "RU") String countryCode,
        @Schema(description = "External identifiers of the same thing (Wikidata, VIAF...) as absolute URIs; empty when none.",
                examples = "[\"http://www.wikidata.org/entity/Q159\"]") List<String> sameAs,
        @Schema(description = "When the entity was created in Lede.") Instant createdAt,
        @Schema(description = "When the entity was last changed.") Instant updatedAt,
        @Schema(description = "Optimistic-locking version; increases with every change.", examples = "1") long version) implements StoredView {

    static EntityView of(NamedEntity entity) {
        return new EntityView(entity.id, entity.slug, entity.name, entity.kind, List.copyOf(entity.aliases),
                EntityRef.of(entity.parent), entity.countryCode, List.copyOf(entity.sameAs), entity.createdAt,
                entity.updatedAt, entity.version);
    }
}
