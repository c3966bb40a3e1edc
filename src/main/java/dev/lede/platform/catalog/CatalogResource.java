package dev.lede.platform.catalog;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.resource.CatalogInput;
import dev.lede.platform.resource.CatalogService;
import dev.lede.platform.resource.StoredView;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.CatalogParams;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.MergePatch;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Selection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The HTTP side of a catalog (people, entities, sources), written once: get, create, replace (PUT), merge patch and
 * delete of {@code /{idOrSlug}}, with their ETags, 304s, Location, If-Match rules and the response cache, and the list
 * by a name or alias prefix. A feature's resource extends it (or {@link KindedCatalogResource}, whose list also
 * filters by kind) with its {@code @Path} and {@code @Tag}; people declare their list, which has no kind.
 *
 * <p>A generic base class rather than a helper each resource calls: RESTEasy Reactive and SmallRye OpenAPI both read
 * the inherited methods of a subclass as its own, resolving {@code I} to the feature's write model (a body is read
 * and validated as that type, and documented with its schema), so the methods and their annotations exist once. What the
 * OpenAPI document says that is the same for every catalog is annotated here; what differs per feature (operation ids,
 * summaries, descriptions, examples, schemas) is data, in {@code META-INF/catalog-api/<collection>.json}, which
 * {@link CatalogDocumentation} puts into the document.
 *
 * @param <V> the read model
 * @param <I> the write model
 */
public abstract class CatalogResource<V extends StoredView, I extends CatalogInput> {
    // Injected into the base, so that a catalog's resource names only its service.
    @Inject
    Representations representations;
    @Inject
    LedeConfig config;
    @Inject
    MergePatch mergePatch;

    private final CatalogService<?, I, V> service;
    private final Class<I> inputType;
    private final Set<String> fields;

    /**
     * @param viewType  the read model, a record: its components are the fields a client may select with {@code fields=}
     * @param inputType the write model, which a merge patch is read as
     */
    protected CatalogResource(CatalogService<?, I, V> service, Class<V> viewType, Class<I> inputType) {
        this.service = service;
        this.inputType = inputType;
        this.fields = Arrays.stream(viewType.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    }

    /** A list page: by a name or alias prefix, of one kind when {@code kind} is not null. */
    protected Response list(CatalogParams params, Enum<?> kind, UriInfo uri) {
        Selection selection = Selection.parse("fields", params.fields, fields); // checked first: fields, page, then sort
        CatalogQuery query = params.query(config.api(), CatalogService.SORTS);
        Page<V> page = service.list(query, kind, next -> PageLinks.of(uri, next));
        return representations.page(page, selection, ListScope.of(service.resourceType()));
    }

    @GET
    @Path("/{idOrSlug}")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag",
            description = "Strong entity tag; send it back in If-None-Match or If-Match.", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("idOrSlug") String key,
                        @QueryParam("fields") @Parameter(description = "Comma-separated fields to return.") List<String> fields) {
        Selection selection = Selection.parse("fields", fields, this.fields);
        V view = service.get(key);
        return representations.single(view, view.version(), selection);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull @Valid I body, @Context UriInfo uri) {
        V view = service.create(body);
        return representations.created(uri.getAbsolutePathBuilder().path(view.id()).build(), view, view.version());
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "Replaced.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@PathParam("idOrSlug") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                            @NotNull @Valid I body) {
        return written(service.replace(key, IfMatch.parse(ifMatch), body));
    }

    /** The merge happens in the service's transaction, on the write model as it is there (see ResourceWrites.patch). */
    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response patch(@PathParam("idOrSlug") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                          String body) {
        return written(service.patch(key, IfMatch.parse(ifMatch), current -> mergePatch.apply(current, body, inputType)));
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Roles.ADMIN)
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

    /** The new state after a write: 200 with its ETag. */
    private Response written(V view) {
        return representations.written(view, view.version());
    }
}
