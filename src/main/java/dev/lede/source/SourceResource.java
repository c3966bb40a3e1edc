package dev.lede.source;

import dev.lede.platform.catalog.KindedCatalogResource;
import dev.lede.platform.web.Problem;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for sources: all of it is what every catalog with kinds serves ({@link KindedCatalogResource}); what the
 * OpenAPI document says of sources alone is in META-INF/api-docs/sources.json.
 */
@Path("/v1/sources")
@Tag(name = "Sources")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SourceResource extends KindedCatalogResource<SourceView, SourceInput, SourceKind> {
    public SourceResource(SourceService sources) {
        super(sources, SourceView.class, SourceInput.class, SourceKind.class);
    }
}
