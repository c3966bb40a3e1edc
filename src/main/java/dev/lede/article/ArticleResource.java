package dev.lede.article;

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

/** HTTP for articles: translates requests to {@link ArticleService} calls and DTOs to responses. */
@Path("/v1/articles")
@Tag(name = "Articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ArticleResource {
    static final Set<String> FIELDS = Set.of("id", "slug", "headline", "standfirst", "body", "language", "translatedFrom",
            "section", "tags", "status", "publishedAt", "firstPublishedAt", "withdrawnAt", "withdrawalReason", "wordCount",
            "canonicalUrl", "originalUrl", "image", "publisher", "credits", "bylines", "people", "entities", "quotes",
            "createdAt", "updatedAt", "version");

    @Inject ArticleService service;
    @Inject ArticleWriteService writes;
    @Inject Representations representations;
    @Inject MergePatch mergePatch;
    @Inject Caller caller;
    @Inject LedeConfig config;

    @GET
    @Operation(operationId = "listArticles", summary = "List articles",
            description = "Published articles, newest first, filtered by person, entity, source, section, tag, language and dates. "
                    + "Items leave out the body unless fields asks for it, and embed nothing unless include asks for it.")
    @APIResponse(responseCode = "200", description = "A page of articles.",
            headers = @Header(name = "Link", description = "The next page, as rel=\"next\".", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleExamples.ArticlePage.class)))
    public Response list(@BeanParam ArticleParams params, @Context UriInfo uri) {
        return page(null, null, params, uri);
    }

    /**
     * A page of the articles related to the resource of this type and key (the views of
     * {@link ArticleRelationsResource}), or of all articles when {@code type} is null.
     */
    Response page(ResourceType type, String key, ArticleParams params, UriInfo uri) {
        Selection fields = Selection.parse("fields", params.fields, FIELDS);
        ArticleFilters.Scope scope = type == null ? null : service.scope(type, key);
        ArticleQuery query = params.query(config.api(), caller.isAdmin(), fields);
        ArticleService.Listing listing = service.list(query, scope, next -> PageLinks.of(uri, next));
        return representations.page(listing.page(), fields, ListScope.narrowedTo(ResourceType.article, listing.narrowedTo()));
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(operationId = "getArticle", summary = "Get an article by id or slug",
            description = "Embeds its publisher, credits, bylines, people and entities; include=quotes adds its quotes. "
                    + "Drafts are visible with a key only; a withdrawn article answers 410 with its withdrawal notice.")
    @APIResponse(responseCode = "200", description = "The article.",
            headers = @Header(name = "ETag", description = "Strong entity tag; send it back in If-None-Match or If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "reference", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response get(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                        @QueryParam("include") @Parameter(description = "Extra embeds: quotes (the others are embedded by default).") List<String> include,
                        @QueryParam("fields") @Parameter(description = "Comma-separated fields to return.") List<String> fields) {
        Selection selection = Selection.parse("fields", fields, FIELDS);
        Set<String> embeds = ArticleParams.includes(include, Selection.parse("fields", null, Set.of()));
        ArticleView view = service.get(key, caller.isAdmin(), embeds);
        return representations.single(view, view.version(), selection);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "createArticle", summary = "Create an article (as a draft)",
            description = "People, entities, sources are referenced by id or slug; mention counts and offsets are computed from the body when absent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleInput.class), examples = @ExampleObject(name = "draft", value = ArticleExamples.ARTICLE_INPUT)))
    @APIResponse(responseCode = "201", description = "Created as a draft; Location has its URL.",
            headers = {@Header(name = "Location", description = "URL of the new article.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Entity tag of the new article.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull @Valid ArticleInput body, @Context UriInfo uri) {
        ArticleView view = writes.create(body);
        return representations.created(uri.getAbsolutePathBuilder().path(view.id()).build(), view, view.version());
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "replaceArticle", summary = "Replace an article",
            description = "Replaces every field of the write model; its status is unchanged. A body without slug keeps the current slug.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleInput.class), examples = @ExampleObject(name = "draft", value = ArticleExamples.ARTICLE_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                            @NotNull @Valid ArticleInput body) {
        ArticleView view = writes.replace(key, IfMatch.parse(ifMatch), body);
        return representations.written(view, view.version());
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "patchArticle", summary = "Change some fields of an article (JSON Merge Patch)",
            description = "RFC 7396 over the write model: members set replace, null removes, absent members are kept. "
                    + "Mention counts are computed again from the resulting body unless the patch gives them.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "retitle", value = "{\"headline\": \"A better headline\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response patch(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to overwrite.", required = true) String ifMatch,
                          String body) {
        ArticleView view = writes.patch(key, IfMatch.parse(ifMatch), current -> mergePatch.apply(current, body, ArticleInput.class));
        return representations.written(view, view.version());
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "deleteArticle", summary = "Delete an article and its quotes",
            description = "For a published article that partners may hold, prefer withdraw: it leaves a 410 notice.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                           @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to delete whatever is there.", required = true) String ifMatch) {
        writes.delete(key, IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{idOrSlug}/publish")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "publishArticle", summary = "Publish an article",
            description = "A draft or withdrawn article becomes public. publishedAt is kept when set, else it is now. "
                    + "Publishing a published article changes nothing.")
    @APIResponse(responseCode = "200", description = "Published.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    public Response publish(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or *.", required = true) String ifMatch) {
        ArticleView view = writes.publish(key, IfMatch.parse(ifMatch));
        return representations.written(view, view.version());
    }

    @POST
    @Path("/{idOrSlug}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "withdrawArticle", summary = "Withdraw a published article",
            description = "Public reads then answer 410 Gone with the withdrawal notice, so partners can take it down. "
                    + "Withdrawing a withdrawn article changes nothing; a draft cannot be withdrawn (409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawalInput.class), examples = @ExampleObject(name = "legal", value = "{\"reason\": \"Legal request\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response withdraw(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                             @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or *.", required = true) String ifMatch,
                             @NotNull @Valid WithdrawalInput body) {
        ArticleView view = writes.withdraw(key, IfMatch.parse(ifMatch), body);
        return representations.written(view, view.version());
    }
}
