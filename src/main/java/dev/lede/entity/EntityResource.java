package dev.lede.entity;

import dev.lede.platform.catalog.KindedCatalogResource;
import dev.lede.platform.web.Problem;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for entities: all of it (the merge too) is what every catalog with kinds serves ({@link KindedCatalogResource});
 * what the OpenAPI document says of entities alone is in META-INF/api-docs/entities.json.
 */
@Path("/v1/entities")
@Tag(name = "Entities")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class EntityResource extends KindedCatalogResource<EntityView, EntityInput, EntityKind> {
    public EntityResource(EntityService entities) {
        super(entities, EntityView.class, EntityInput.class, EntityKind.class);
    }
}
