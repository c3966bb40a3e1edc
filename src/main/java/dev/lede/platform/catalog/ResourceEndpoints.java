package dev.lede.platform.catalog;

import dev.lede.platform.cache.Representations;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.resource.StoredView;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.MergePatch;
import dev.lede.platform.web.Selection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
 * What every stored resource serves alike, written once: create (POST, 201 with Location and ETag), replace (PUT)
 * and JSON merge patch (PATCH) of {@code /{idOrSlug}}, with their If-Match rules, and the reading of one resource
 * with the fields asked for ({@link #single}). Catalogs
 * ({@link CatalogResource}), articles and quotes ({@link ContentResource}) extend it. What each says of itself in the
 * OpenAPI document (ids, summaries, examples, schemas) is data, in {@code META-INF/api-docs/<collection>.json},
 * which {@link CatalogDocumentation} puts in.
 *
 * <p>A base class rather than a helper: RESTEasy Reactive and SmallRye OpenAPI read the inherited methods of a
 * subclass as its own, resolving {@code I} to the feature's write model (a body is read and validated as it).
 *
 * @param <V> the read model
 * @param <I> the write model, a record (so bounded, Hibernate Validator cascades {@code @Valid} into it as a bean,
 *            not as a container)
 */
public abstract class ResourceEndpoints<V extends StoredView, I extends Record> {
    // Injected into the base, so that a feature's resource names only its services.
    @Inject
    protected Representations representations;
    @Inject
    protected LedeConfig config;
    @Inject
    MergePatch mergePatch;

    private final Writes<I, V> writes;
    private final Class<I> inputType;
    private final Set<String> fields;

    /**
     * @param viewType  the read model, a record: its components are the fields a client may select with {@code fields=}
     * @param inputType the write model, which a merge patch is read as
     */
    protected ResourceEndpoints(Writes<I, V> writes, Class<V> viewType, Class<I> inputType) {
        this.writes = writes;
        this.inputType = inputType;
        this.fields = Arrays.stream(viewType.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    }

    /** The fields of the read model, which {@code fields=} may name. */
    protected Set<String> fields() {
        return fields;
    }

    /**
     * One resource with the fields asked for, and its ETag. The fields are checked before the resource is read: a bad
     * one is a 400 even where the key would be a 404.
     */
    protected Response single(List<String> fields, Supplier<V> read) {
        Selection selection = Selection.parse("fields", fields, this.fields);
        V view = read.get();
        return representations.single(view, view.version(), selection);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull @Valid I body, @Context UriInfo uri) {
        V view = writes.create().apply(body);
        return representations.created(uri.getAbsolutePathBuilder().path(view.id()).build(), view, view.version());
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "Replaced.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@PathParam("idOrSlug") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                            @NotNull @Valid I body) {
        return written(writes.replace().replace(key, IfMatch.parse(ifMatch), body));
    }

    /** The merge happens in the service's transaction, on the write model as it is there (see ResourceWrites.patch). */
    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response patch(@PathParam("idOrSlug") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                          String body) {
        return written(writes.patch().patch(key, IfMatch.parse(ifMatch), current -> mergePatch.apply(current, body, inputType)));
    }

    /** The new state after a write: 200 with its ETag. */
    protected Response written(V view) {
        return representations.written(view, view.version());
    }
}
