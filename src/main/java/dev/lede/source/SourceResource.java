package dev.lede.source;

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
 * HTTP for sources: {@link CatalogResource} serves one source (get, create, replace, patch, delete); the list, which
 * also filters by kind, is here. Its documentation is in META-INF/catalog-api/sources.json.
 */
@Path("/v1/sources")
@Tag(name = "Sources")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SourceResource extends CatalogResource<SourceView, SourceInput> {
    static final Set<String> FIELDS = Set.of("id", "slug", "name", "kind", "url", "country", "language", "aliases",
            "createdAt", "updatedAt", "version");

    private final SourceService sources;

    public SourceResource(SourceService sources, CatalogHttp http) {
        super(sources, http, SourceInput.class, ResourceType.source, FIELDS);
        this.sources = sources;
    }

    @GET
    public Response list(@BeanParam CatalogParams.WithKind params, @Context UriInfo uri) {
        return page(sources.list(query(params), params.kind(SourceKind.class), links(uri)), params);
    }
}
