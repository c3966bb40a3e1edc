package dev.lede.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compact reference to an entity, embedded in people (affiliations), articles and quotes. */
@Schema(name = "EntityRef", description = "A compact reference to an entity.")
public record EntityRef(
        @Schema(description = "Entity id.", examples = "0184e0a2-6d2e-7c4f-8a11-4b6c3d2e5f60") String id,
        @Schema(description = "Entity slug.", examples = "white-house") String slug,
        @Schema(description = "Display name.", examples = "White House") String name,
        @Schema(description = "What kind of entity this is.") EntityKind kind) {

    public static EntityRef of(NamedEntity entity) {
        return entity == null ? null : new EntityRef(entity.id, entity.slug, entity.name, entity.kind);
    }
}
