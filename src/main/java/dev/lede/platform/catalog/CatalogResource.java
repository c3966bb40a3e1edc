package dev.lede.platform.catalog;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.resource.CatalogInput;
import dev.lede.platform.resource.CatalogService;
import dev.lede.platform.resource.StoredView;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.CatalogParams;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Selection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The HTTP side of a catalog (people, entities, sources), written once: get and delete (with {@code force}) of
 * {@code /{idOrSlug}}, the merge of a duplicate into it ({@code /{idOrSlug}/merge}), the writes every stored resource shares ({@link ResourceEndpoints}: create, replace, merge patch),
 * with their ETags, 304s, Location, If-Match rules and the response cache, and the list by a name or alias prefix. A feature's resource extends it (or {@link KindedCatalogResource}, whose list also
 * filters by kind) with its {@code @Path} and {@code @Tag}; people declare their list, which has no kind.
 *
 * <p>A generic base class rather than a helper each resource calls: RESTEasy Reactive and SmallRye OpenAPI both read
 * the inherited methods of a subclass as its own, resolving {@code I} to the feature's write model (a body is read
 * and validated as that type, and documented with its schema), so the methods and their annotations exist once. What the
 * OpenAPI document says that is the same for every catalog is annotated here; what differs per feature (operation ids,
 * summaries, descriptions, examples, schemas) is data, in {@code META-INF/api-docs/<collection>.json}, which
 * {@link CatalogDocumentation} puts into the document.
 *
 * @param <V> the read model
 * @param <I> the write model
 */
public abstract class CatalogResource<V extends StoredView, I extends Record & CatalogInput> extends ResourceEndpoints<V, I> {
    private final CatalogService<?, I, V> service;

    /**
     * @param viewType  the read model, a record: its components are the fields a client may select with {@code fields=}
     * @param inputType the write model, which a merge patch is read as
     */
    protected CatalogResource(CatalogService<?, I, V> service, Class<V> viewType, Class<I> inputType) {
        // Lambdas, not method references: javac's method references to a parameter of an intersection type (I) fail
        // when they are first called (LambdaConversionException).
        super(new Writes<>(input -> service.create(input), (key, expected, input) -> service.replace(key, expected, input),
                (key, expected, change) -> service.patch(key, expected, change)), viewType, inputType);
        this.service = service;
    }

    /** A list page: by a name or alias prefix, of one kind when {@code kind} is not null. */
    protected Response list(CatalogParams params, Enum<?> kind, UriInfo uri) {
        Selection selection = Selection.parse("fields", params.fields, fields()); // checked first: fields, page, then sort
        CatalogQuery query = params.query(config.api(), CatalogService.SORTS);
        Page<V> page = service.list(query, kind, next -> PageLinks.of(uri, next));
        return representations.page(page, selection, ListScope.of(service.resourceType()));
    }

    @GET
    @Path("/{idOrSlug}")
    public Response get(@PathParam("idOrSlug") String key,
                        @QueryParam("fields") @Parameter(description = "Comma-separated fields to return.") List<String> fields) {
        return single(fields, () -> service.get(key));
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@PathParam("idOrSlug") String key,
                           @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to delete whatever is there.", required = true) String ifMatch,
                           @QueryParam("force") @Parameter(example = "false") String force) {
        boolean forced = Params.bool("force", force); // a bad value is a 400 before a missing If-Match is a 428
        service.delete(key, IfMatch.parse(ifMatch), forced);
        return Response.noContent().build();
    }

    /**
     * Folds the duplicate the body names into the resource of the URL ({@link CatalogService#merge}); what each catalog
     * moves besides is its service's {@code absorb}, what its document says of it is in its api-docs data (merge).
     */
    @POST
    @Path("/{idOrSlug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MergeInput.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response merge(@PathParam("idOrSlug") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag of the survivor last read, or *.", required = true) String ifMatch,
                          @NotNull @Valid MergeInput body) {
        return written(service.merge(key, IfMatch.parse(ifMatch), body.duplicate()));
    }
}
