package dev.lede.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A compact reference to an entity, embedded in people (affiliations), articles and quotes. Its members are documented
 * in META-INF/api-docs/properties.json.
 */
@Schema(name = "EntityRef", description = "A compact reference to an entity.")
public record EntityRef(String id, String slug, String name, EntityKind kind) {

    public static EntityRef of(NamedEntity entity) {
        return entity == null ? null : new EntityRef(entity.id, entity.slug, entity.name, entity.kind);
    }
}
