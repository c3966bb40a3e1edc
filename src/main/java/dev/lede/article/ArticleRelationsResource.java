package dev.lede.article;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The articles of one person, entity or source. Same parameters and envelope as {@code GET /v1/articles};
 * the path narrows the list.
 */
public final class ArticleRelationsResource {
    private ArticleRelationsResource() {
    }

    /** {@code GET /v1/people/{idOrSlug}/articles}. */
    @Path("/v1/people/{idOrSlug}/articles")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class PersonArticles {
        @Inject Relations relations;

        @GET
        @Tag(name = "People")
        @Operation(operationId = "listPersonArticles", summary = "Articles that name a person or carry their byline")
        @APIResponse(responseCode = "200", description = "A page of articles.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleExamples.ArticlePage.class)))
        public Response personArticles(@PathParam("idOrSlug") @Parameter(description = "Person id or slug.", example = "john-kirby") String key,
                                       @BeanParam ArticleParams params, @Context UriInfo uri) {
            return relations.page(ResourceType.person, key, params, uri);
        }
    }

    /** {@code GET /v1/entities/{idOrSlug}/articles}. */
    @Path("/v1/entities/{idOrSlug}/articles")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class EntityArticles {
        @Inject Relations relations;

        @GET
        @Tag(name = "Entities")
        @Operation(operationId = "listEntityArticles", summary = "Articles that name an entity")
        @APIResponse(responseCode = "200", description = "A page of articles.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleExamples.ArticlePage.class)))
        public Response entityArticles(@PathParam("idOrSlug") @Parameter(description = "Entity id or slug.", example = "russia") String key,
                                       @BeanParam ArticleParams params, @Context UriInfo uri) {
            return relations.page(ResourceType.entity, key, params, uri);
        }
    }

    /** {@code GET /v1/sources/{idOrSlug}/articles}. */
    @Path("/v1/sources/{idOrSlug}/articles")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class SourceArticles {
        @Inject Relations relations;

        @GET
        @Tag(name = "Sources")
        @Operation(operationId = "listSourceArticles", summary = "Articles published or credited by a source")
        @APIResponse(responseCode = "200", description = "A page of articles.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleExamples.ArticlePage.class)))
        public Response sourceArticles(@PathParam("idOrSlug") @Parameter(description = "Source id or slug.", example = "jovem-pan") String key,
                                       @BeanParam ArticleParams params, @Context UriInfo uri) {
            return relations.page(ResourceType.source, key, params, uri);
        }
    }

    /** What the article lists share: resolve the path's resource (if any), then list like the main collection. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Relations {
        @Inject ArticleService service;
        @Inject Representations representations;
        @Inject Caller caller;
        @Inject LedeConfig config;

        /** The articles related to the resource of this type and key, or all articles when {@code type} is null. */
        Response page(ResourceType type, String key, ArticleParams params, UriInfo uri) {
            Selection fields = Selection.parse("fields", params.fields, ArticleResource.FIELDS);
            ArticleFilters.Scope scope = type == null ? null : service.scope(type, key);
            ArticleQuery query = params.query(config.api(), caller.isAdmin(), fields);
            ArticleService.Listing listing = service.list(query, scope, next -> PageLinks.of(uri, next));
            return representations.page(listing.page(), fields, ListScope.narrowedTo(ResourceType.article, listing.narrowedTo()));
        }
    }
}
