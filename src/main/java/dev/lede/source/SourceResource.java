package dev.lede.source;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.web.CatalogParams;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.MergePatch;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for sources: translates requests to {@link SourceService} calls and DTOs to responses. */
@Path("/v1/sources")
@Tag(name = "Sources")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SourceResource {
    static final Set<String> FIELDS = Set.of("id", "slug", "name", "kind", "url", "country", "language", "aliases",
            "createdAt", "updatedAt", "version");

    private final SourceService service;
    private final LedeConfig config;
    private final Representations representations;
    private final MergePatch mergePatch;

    public SourceResource(SourceService service, LedeConfig config, Representations representations, MergePatch mergePatch) {
        this.service = service;
        this.config = config;
        this.representations = representations;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Sources sorted by name, filtered by kind and by a name or alias prefix; cursor-paginated.")
    @APIResponse(responseCode = "200", description = "A page of sources.",
            headers = @Header(name = "Link", description = "The next page, as rel=\"next\".", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceExamples.SourcePage.class)))
    public Response list(@BeanParam CatalogParams.WithKind params, @Context UriInfo uri) {
        Selection fields = Selection.parse("fields", params.fields, FIELDS);
        return representations.page(service.list(params.query(config.api(), SourceService.SORTS), params.kind(SourceKind.class), next -> PageLinks.of(uri, next)), fields,
                ListScope.of(ResourceType.source));
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(operationId = "getSource", summary = "Get a source by id or slug")
    @APIResponse(responseCode = "200", description = "The source.",
            headers = @Header(name = "ETag", description = "Strong entity tag; send it back in If-None-Match or If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "jovem-pan", value = SourceExamples.SOURCE)))
    public Response get(@PathParam("idOrSlug") @Parameter(description = "Source id or slug.", example = "jovem-pan") String key,
                        @QueryParam("fields") @Parameter(description = "Comma-separated fields to return.") java.util.List<String> fields) {
        Selection selection = Selection.parse("fields", fields, FIELDS);
        SourceView view = service.get(key);
        return representations.single(view, view.version(), selection);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "createSource", summary = "Create a source")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceInput.class), examples = @ExampleObject(name = "afp", value = SourceExamples.SOURCE_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.",
            headers = {@Header(name = "Location", description = "URL of the new source.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Entity tag of the new source.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull @Valid SourceInput body, @Context UriInfo uri) {
        SourceView view = service.create(body);
        return representations.created(uri.getAbsolutePathBuilder().path(view.id()).build(), view, view.version());
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "replaceSource", summary = "Replace a source",
            description = "Replaces every field. A body without slug keeps the current slug; a new slug leaves the old one redirecting.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceInput.class), examples = @ExampleObject(name = "afp", value = SourceExamples.SOURCE_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@PathParam("idOrSlug") @Parameter(description = "Source id or slug.") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                            @NotNull @Valid SourceInput body) {
        SourceView view = service.replace(key, IfMatch.parse(ifMatch), body);
        return representations.written(view, view.version());
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "patchSource", summary = "Change some fields of a source (JSON Merge Patch)",
            description = "RFC 7396: members set replace, null removes, absent members are kept. The result is validated like a PUT.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"Agence France-Presse\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response patch(@PathParam("idOrSlug") @Parameter(description = "Source id or slug.") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                          String body) {
        SourceView view = service.patch(key, IfMatch.parse(ifMatch), current -> mergePatch.apply(current, body, SourceInput.class));
        return representations.written(view, view.version());
    }

    @DELETE
    @Path("/{idOrSlug}")
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "deleteSource", summary = "Delete a source",
            description = "Refused with 409 while articles reference the source, unless force=true detaches it from them.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@PathParam("idOrSlug") @Parameter(description = "Source id or slug.") String key,
                           @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to delete whatever is there.", required = true) String ifMatch,
                           @QueryParam("force") @Parameter(description = "Detach the source from the articles that reference it.", example = "false") String force) {
        boolean forced = Params.bool("force", force); // a bad value is a 400 before a missing If-Match is a 428
        service.delete(key, IfMatch.parse(ifMatch), forced);
        return Response.noContent().build();
    }
}
