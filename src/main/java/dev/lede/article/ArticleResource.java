package dev.lede.article;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.catalog.ContentResource;
import dev.lede.platform.catalog.Writes;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.AlternateFormats;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
 * HTTP for articles: translates requests to {@link ArticleService} and {@link ArticleWriteService} calls and DTOs to
 * responses. Create, replace, patch and delete are what all content serves ({@link ContentResource}); what the OpenAPI
 * document says of articles' operations is data, in META-INF/api-docs/articles.json.
 */
@Path("/v1/articles")
@Tag(name = "Articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ArticleResource extends ContentResource<ArticleView, ArticleInput> {
    private static final Selection NO_FIELDS = Selection.parse("fields", null, Set.of());
    /** What another format than JSON shows of each article: the body and every embed but quotes. */
    private static final Selection WHOLE = Selection.parse("fields",
            List.of("body,publisher,credits,bylines,people,entities"), Set.of("body", "publisher", "credits", "bylines", "people", "entities"));

    private final ArticleService service;
    private final ArticleWriteService writes;
    private final ArticleSearchService search;
    @Inject ArticleFormats formats;
    @Inject ObjectMapper mapper;

    public ArticleResource(ArticleService service, ArticleWriteService writes, ArticleSearchService search) {
        super(new Writes<>(writes::create, writes::replace, writes::patch), writes::delete, ArticleView.class, ArticleInput.class);
        this.service = service;
        this.writes = writes;
        this.search = search;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, AlternateFormats.NINJS, Problem.MEDIA_TYPE})
    public Response list(@BeanParam ArticleParams params, @Context UriInfo uri) {
        return page(null, null, params, uri);
    }

    /**
     * A page of the articles related to the resource of this type and key (the views of
     * {@link ArticleRelationsResource}), or of all articles when {@code type} is null.
     */
    Response page(ResourceType type, String key, ArticleParams params, UriInfo uri) {
        ArticleFormat format = formats.forList(params.format);
        Selection fields = format == null ? Selection.parse("fields", params.fields, fields()) : whole(params.fields);
        ArticleFilters.Scope scope = type == null ? null : service.scope(type, key);
        ArticleQuery query = params.query(config.api(), caller.seesUnpublished(), caller.entitlements(), fields);
        ArticleSearchQuery text = params.search();
        if (text != null) {
            ArticleService.Listing found = search.list(query, text, scope, next -> PageLinks.of(uri, next));
            return listed(format, found.page(), fields,
                    new ListScope(ResourceType.article, Set.copyOf(found.narrowedTo()), ArticleSearchService.DEPENDS_ON));
        }
        ArticleService.Listing listing = service.list(query, scope, next -> PageLinks.of(uri, next));
        return listed(format, listing.page(), fields, ListScope.narrowedTo(ResourceType.article, listing.narrowedTo()));
    }

    /** A page in JSON, or rendered in another format from the same views (whose ids say what makes it stale). */
    private Response listed(ArticleFormat format, Page<ArticleView> page, Selection fields, ListScope scope) {
        if (format == null) {
            return representations.page(page, fields, scope);
        }
        String link = page.links().next() == null ? null : "<" + page.links().next() + ">; rel=\"next\"";
        return representations.rendered(bytes(format.page(page)), format.mediaType(), page, scope, link);
    }

    /** The format and fields are checked first, then include, then the article is read. */
    @GET
    @Path("/{idOrSlug}")
    @Produces({MediaType.APPLICATION_JSON, AlternateFormats.NINJS, AlternateFormats.JSON_LD, Problem.MEDIA_TYPE})
    public Response get(@PathParam("idOrSlug") String key,
                        @QueryParam("include") @Parameter(description = "Extra embeds: quotes (the others are embedded by default).") List<String> include,
                        @QueryParam("fields") @Parameter(description = "Comma-separated fields to return.") List<String> fields,
                        @QueryParam("format") @Parameter(description = ArticleParams.FORMAT) String format) {
        ArticleFormat chosen = formats.forOne(format);
        if (chosen == null) {
            return single(fields, () -> read(key, include));
        }
        whole(fields);
        ArticleService.Read read = service.read(key, caller.seesUnpublished(), caller.isPartner(), caller.entitlements(),
                ArticleParams.includes(include, NO_FIELDS));
        if (read.removal() != null) {
            return removed(chosen, read.removal());
        }
        if (read.view().status() != ArticleStatus.published) {
            representations.keepPrivate();
        }
        return representations.rendered(bytes(chosen.one(read.view())), chosen.mediaType(), read.view(), null);
    }

    /**
     * A killed (410) or taken-down (451) article in a format that can say so to its consumers (ninjs: canceled, with
     * the notice), else its problem. Never stored, like every problem: the notice must reach everyone at once.
     */
    private Response removed(ArticleFormat format, ArticleRemoval removal) {
        Object notice = format.removed(removal);
        if (notice == null) {
            throw removal.failure();
        }
        int status = removal.status() == ArticleStatus.killed ? 410 : 451; // as the problem would be
        return Response.status(status).type(format.mediaType())
                .entity(bytes(notice)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.VARY, "Accept, Authorization, Origin").build();
    }

    /**
     * The article as this caller may read it: every state with content:read, an embargoed one too for a partner (its
     * preview, which is never shared with anonymous readers through the cache), else only a published one.
     */
    private ArticleView read(String key, List<String> include) {
        ArticleView view = service.get(key, caller.seesUnpublished(), caller.isPartner(), caller.entitlements(),
                ArticleParams.includes(include, NO_FIELDS));
        if (view.status() != ArticleStatus.published) {
            representations.keepPrivate();
        }
        return view;
    }

    /** Another format than JSON is served whole: its items carry the body and every embed, and fields= is refused. */
    private static Selection whole(List<String> fields) {
        if (fields != null && !fields.isEmpty()) {
            throw Failure.invalid("fields", "fields selects members of the JSON representation; other formats are served whole");
        }
        return WHOLE;
    }

    /** Characters outside the BMP (emoji) as raw UTF-8, as in the API's JSON. */
    private byte[] bytes(Object dto) {
        try {
            return mapper.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a DTO could not be serialised", e);
        }
    }

    @POST
    @Path("/{idOrSlug}/publish")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "publishArticle", summary = "Publish an article",
            description = "A draft or withdrawn article becomes public. publishedAt is kept when set, else it is now. "
                    + "Publishing a published article changes nothing.")
    @APIResponse(responseCode = "200", description = "Published.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    public Response publish(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                            @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or *.", required = true) String ifMatch) {
        return written(writes.publish(key, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("/{idOrSlug}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
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
        return written(writes.withdraw(key, IfMatch.parse(ifMatch), body));
    }
}
