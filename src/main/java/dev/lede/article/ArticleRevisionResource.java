package dev.lede.article;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.Caller;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An article's history and its correction notices: {@code GET /v1/articles/{idOrSlug}/revisions[/{n}]}
 * ({@link ArticleRevisionService}) and {@code POST /v1/articles/{idOrSlug}/corrections}
 * ({@link ArticleCorrectionService}). Its class path is the collection's own, shared with {@link ArticleResource}.
 */
@Path("/v1/articles")
@Tag(name = "Articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ArticleRevisionResource {
    private static final Selection ALL_FIELDS = Selection.parse("fields", null, Set.of());

    @Inject ArticleRevisionService revisions;
    @Inject ArticleCorrectionService corrections;
    @Inject Representations representations;
    @Inject Caller caller;
    @Inject LedeConfig config;

    /** A cached public page stays until the article is written again (each write adds a revision). */
    @GET
    @Path("/{idOrSlug}/revisions")
    @Operation(operationId = "listArticleRevisions", summary = "An article's revisions", description = """
            Every change of the article, newest first: its number (1 is the creation), the version it made, when, by \
            whom (the key's name, or system for what no caller asked for), the operation (the change feed's op) and the \
            Article members it changed. Public while the article is published; otherwise with a key only, answered as \
            `GET /v1/articles/{idOrSlug}` answers (a draft is not found, a withdrawn article is gone). Articles \
            written before revisions existed have them from their first write after.""")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRevisionPage.class)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response list(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                         @QueryParam("limit") @Parameter(description = "At most this many revisions per page; 20 by default and 100 at most.", example = "20") String limit,
                         @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page.") String cursor,
                         @Context UriInfo uri) {
        ArticleRevisionService.Listing listing = revisions.list(key, caller.seesUnpublished(), caller.entitlements(),
                new PageRequest(limit(limit), cursor, false), next -> PageLinks.of(uri, next));
        return representations.page(listing.page(), ALL_FIELDS, ListScope.filteredBy(ResourceType.article, List.of(listing.articleId())));
    }

    @GET
    @Path("/{idOrSlug}/revisions/{n}")
    @Operation(operationId = "getArticleRevision", summary = "An article as a revision left it", description = """
            The article as revision n left it, in the Article schema: its text, status, dates, correction notices and \
            references as they were, with today's slug and name of each person, entity and source it named (one \
            deleted since keeps its id only); no quotes; version is the one that revision made. Seen as the list of \
            revisions is.""")
    @APIResponse(responseCode = "200", description = "The article as it was.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response get(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                        @PathParam("n") @Parameter(description = "The revision number; 1 is the article's creation.", example = "2") String n) {
        int number = Params.integer("n", n);
        if (number < 1) {
            throw Failure.invalid("n", "must be 1 or more");
        }
        ArticleView view = revisions.at(key, caller.seesUnpublished(), caller.entitlements(), number);
        return representations.single(view, view.version(), ALL_FIELDS);
    }

    @POST
    @Path("/{idOrSlug}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "correctArticle", summary = "Append a correction notice to an article", description = """
            Appends a dated notice (correction, clarification or retraction) to the article's corrections, shown in \
            its single reads and in lists. The article's version and updatedAt move on (a new ETag), a corrected \
            event is logged and a revision is stored. Only a published or withdrawn article can be corrected: a \
            draft answers 409 (edit it instead), as does an article with 50 notices already.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectionInput.class), examples = @ExampleObject(name = "correction",
            value = "{\"type\": \"correction\", \"text\": \"An earlier version misstated the date of the meeting.\"}")))
    @APIResponse(responseCode = "200", description = "Corrected: the article with its new notice.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response correct(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or *.", required = true) String ifMatch,
                            @NotNull @Valid CorrectionInput body) {
        ArticleView view = corrections.correct(key, IfMatch.parse(ifMatch), body);
        return representations.written(view, view.version());
    }

    private int limit(String raw) {
        if (raw == null) {
            return config.api().defaultPageSize();
        }
        int limit = Params.integer("limit", raw);
        if (limit < 1 || limit > config.api().maxPageSize()) {
            throw Failure.invalid("limit", "must be between 1 and " + config.api().maxPageSize());
        }
        return limit;
    }
}
