package dev.lede.quote;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.Caller;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.MergePatch;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
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

/** HTTP for quotes: translates requests to {@link QuoteService} calls and DTOs to responses. */
@Path("/v1/quotes")
@Tag(name = "Quotes")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class QuoteResource {
    static final Set<String> FIELDS = Set.of("id", "slug", "text", "fragment", "speaker", "article", "offset",
            "createdAt", "updatedAt", "version");

    @Inject QuoteService service;
    @Inject QuoteWriteService writes;
    @Inject Representations representations;
    @Inject MergePatch mergePatch;
    @Inject Caller caller;
    @Inject LedeConfig config;

    @GET
    @Operation(operationId = "listQuotes", summary = "List quotes",
            description = "Quotes of published articles (all articles with a key), filtered by speaker and article.")
    @APIResponse(responseCode = "200", description = "A page of quotes.",
            headers = @Header(name = "Link", description = "The next page, as rel=\"next\".", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteExamples.QuotePage.class)))
    public Response list(@BeanParam QuoteParams params, @Context UriInfo uri) {
        return page(null, null, params, uri);
    }

    /**
     * A page of the quotes of the resource of this type and key (the views of {@link QuoteRelationsResource}), or of
     * all quotes when {@code type} is null.
     */
    Response page(ResourceType type, String key, QuoteParams params, UriInfo uri) {
        Selection fields = Selection.parse("fields", params.fields, FIELDS);
        QuoteService.Scope scope = type == null ? null : service.scope(type, key, caller.isAdmin());
        QuoteQuery query = params.query(config.api(), type == ResourceType.article);
        QuoteService.Listing listing = service.list(query, scope, caller.isAdmin(), next -> PageLinks.of(uri, next));
        return representations.page(listing.page(), fields, ListScope.filteredBy(ResourceType.quote, listing.filteredBy()));
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(operationId = "getQuote", summary = "Get a quote by id or slug")
    @APIResponse(responseCode = "200", description = "The quote.",
            headers = @Header(name = "ETag", description = "Strong entity tag.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class),
                    examples = @ExampleObject(name = "kirby", value = QuoteExamples.QUOTE)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response get(@PathParam("idOrSlug") @Parameter(description = "Quote id or slug.") String key,
                        @QueryParam("fields") @Parameter(description = "Comma-separated fields to return.") List<String> fields) {
        Selection selection = Selection.parse("fields", fields, FIELDS);
        QuoteView view = service.get(key, caller.isAdmin());
        return representations.single(view, view.version(), selection);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "createQuote", summary = "Create a quote in an article")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteInput.class), examples = @ExampleObject(name = "kirby", value = QuoteExamples.QUOTE_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.",
            headers = {@Header(name = "Location", description = "URL of the new quote.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Entity tag of the new quote.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull @Valid QuoteInput body, @Context UriInfo uri) {
        QuoteView view = writes.create(body);
        return representations.created(uri.getAbsolutePathBuilder().path(view.id()).build(), view, view.version());
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "replaceQuote", summary = "Replace a quote")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteInput.class), examples = @ExampleObject(name = "kirby", value = QuoteExamples.QUOTE_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@PathParam("idOrSlug") @Parameter(description = "Quote id or slug.") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                            @NotNull @Valid QuoteInput body) {
        QuoteView view = writes.replace(key, IfMatch.parse(ifMatch), body);
        return representations.written(view, view.version());
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "patchQuote", summary = "Change some fields of a quote (JSON Merge Patch)")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "unattribute", value = "{\"speaker\": null}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    public Response patch(@PathParam("idOrSlug") @Parameter(description = "Quote id or slug.") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                          String body) {
        QuoteView view = writes.patch(key, IfMatch.parse(ifMatch), current -> mergePatch.apply(current, body, QuoteInput.class));
        return representations.written(view, view.version());
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "deleteQuote", summary = "Delete a quote")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("idOrSlug") @Parameter(description = "Quote id or slug.") String key,
                           @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or *.", required = true) String ifMatch) {
        writes.delete(key, IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }
}
