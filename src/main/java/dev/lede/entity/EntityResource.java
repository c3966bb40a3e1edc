package dev.lede.entity;

import dev.lede.platform.catalog.CatalogHttp;
import dev.lede.platform.catalog.CatalogResource;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.web.CatalogParams;
import dev.lede.platform.web.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for entities: {@link CatalogResource} serves one entity (get, create, replace, patch, delete); the list, which
 * also filters by kind, is here. Its documentation is in META-INF/catalog-api/entities.json.
 */
@Path("/v1/entities")
@Tag(name = "Entities")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class EntityResource extends CatalogResource<EntityView, EntityInput> {
    static final Set<String> FIELDS = Set.of("id", "slug", "name", "kind", "aliases", "parent", "countryCode",
            "sameAs", "createdAt", "updatedAt", "version");

    private final EntityService entities;

    public EntityResource(EntityService entities, CatalogHttp http) {
        super(entities, http, EntityInput.class, ResourceType.entity, FIELDS);
        this.entities = entities;
    }

    @GET
    public Response list(@BeanParam CatalogParams.WithKind params, @Context UriInfo uri) {
        return page(entities.list(query(params), params.kind(EntityKind.class), links(uri)), params);
    }
}
