package dev.lede.quote;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.catalog.ContentResource;
import dev.lede.platform.catalog.Writes;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for quotes: translates requests to {@link QuoteService} calls and DTOs to responses. Create, replace, patch and
 * delete are what all content serves ({@link ContentResource}); what the OpenAPI document says of quotes' operations
 * is data, in META-INF/api-docs/quotes.json.
 */
@Path("/v1/quotes")
@Tag(name = "Quotes")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class QuoteResource extends ContentResource<QuoteView, QuoteInput> {
    private final QuoteService service;
    private final QuoteSearchService search;

    public QuoteResource(QuoteService service, QuoteSearchService search, QuoteWriteService writes) {
        super(new Writes<>(writes::create, writes::replace, writes::patch), writes::delete, QuoteView.class, QuoteInput.class);
        this.service = service;
        this.search = search;
    }

    @GET
    public Response list(@BeanParam QuoteParams params, @Context UriInfo uri) {
        return page(null, null, params, uri);
    }

    /**
     * A page of the quotes of the resource of this type and key (the views of {@link QuoteRelationsResource}), or of
     * all quotes when {@code type} is null.
     */
    Response page(ResourceType type, String key, QuoteParams params, UriInfo uri) {
        Selection fields = Selection.parse("fields", params.fields, fields());
        QuoteService.Scope scope = type == null ? null : service.scope(type, key, caller.seesUnpublished(), caller.entitlements());
        QuoteQuery query = params.query(config.api(), type == ResourceType.article, caller.entitlements());
        QuoteSearchQuery text = params.search();
        if (text != null) {
            QuoteService.Listing found = search.list(query, text, scope, caller.seesUnpublished(), next -> PageLinks.of(uri, next));
            Set<String> dependsOn = new HashSet<>(found.filteredBy());
            dependsOn.add(QuoteSearchService.DEPENDS_ON);
            return representations.page(found.page(), fields, ListScope.filteredBy(ResourceType.quote, dependsOn));
        }
        QuoteService.Listing listing = service.list(query, scope, caller.seesUnpublished(), next -> PageLinks.of(uri, next));
        return representations.page(listing.page(), fields, ListScope.filteredBy(ResourceType.quote, listing.filteredBy()));
    }

    @GET
    @Path("/{idOrSlug}")
    public Response get(@PathParam("idOrSlug") String key,
                        @QueryParam("fields") @Parameter(description = "Comma-separated fields to return.") List<String> fields) {
        return single(fields, () -> service.get(key, caller.seesUnpublished(), caller.entitlements()));
    }
}
