package dev.lede.article;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.web.Caller;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/articles/{idOrSlug}/related} ({@link ArticleRelatedService}). Its class path is the collection's own,
 * which RESTEasy Reactive shares with {@link ArticleResource}, as the article's quotes do.
 */
@Path("/v1/articles")
public class ArticleRelatedResource {
    private static final Set<String> MEMBERS = Arrays.stream(ArticleView.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    @Inject ArticleRelatedService service;
    @Inject Representations representations;
    @Inject Caller caller;

    /**
     * A public page stays cached until a public article changes (any may become more alike) or the article itself
     * does (its own writes change what it is like, even while it is not public).
     */
    @GET
    @Path("/{idOrSlug}/related")
    @Tag(name = "Discovery")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "listRelatedArticles", summary = "Articles like an article", description = """
            The articles most like this one, best first, never itself: those naming the same people (mentioned or in a \
            byline) and entities, the rarer a shared name the more it weighs (a person named in three articles counts \
            for more than a country named in thousands), and those with the most similar text (Lucene's more-like-this: \
            the most telling words of its headline, standfirst and body, weighed in that order). Only what the caller \
            may see: published articles, unless a key holder asks for another `status`. The article itself is read as \
            `GET /v1/articles/{idOrSlug}` reads it: a draft is not found without a key, a withdrawn article is gone \
            (410), an old slug redirects to the current one. Items are as in a list: no body or embeds unless `fields` \
            or `include` ask for them.""")
    @APIResponse(responseCode = "200", description = "The related articles, best first (none when nothing is alike).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleExamples.ArticlePage.class)))
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "451", ref = "UnavailableForLegalReasons")
    public Response related(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                            @BeanParam ArticleRelatedParams params, @Context UriInfo uri) {
        Selection fields = params.fields(MEMBERS);
        Set<String> include = params.include(fields);
        int limit = params.limit();
        ArticleRelatedService.Related related = service.related(key, caller.seesUnpublished(), caller.entitlements(), params.status(caller.seesUnpublished()),
                include, fields.has("body"), limit);
        Page<ArticleView> page = new Page<>(related.articles(), new Page.Meta(limit, null, null), PageLinks.of(uri, null));
        return representations.page(page, fields, ListScope.filteredBy(ResourceType.article,
                List.of(related.articleId(), ListMarkers.searched(ResourceType.article))));
    }
}
