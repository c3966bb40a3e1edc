package dev.lede.quote;

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

/** The quotes of one person, entity or article: {@code GET /v1/quotes} narrowed by the path. */
public final class QuoteRelationsResource {
    private QuoteRelationsResource() {
    }

    /** {@code GET /v1/people/{idOrSlug}/quotes}. */
    @Path("/v1/people/{idOrSlug}/quotes")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class PersonQuotes {
        @Inject Relations relations;

        @GET
        @Tag(name = "People")
        @Operation(operationId = "listPersonQuotes", summary = "Quotes a person said")
        @APIResponse(responseCode = "200", description = "A page of quotes, newest first.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteExamples.QuotePage.class)))
        public Response personQuotes(@PathParam("idOrSlug") @Parameter(description = "Person id or slug.", example = "john-kirby") String key,
                                     @BeanParam QuoteParams params, @Context UriInfo uri) {
            return relations.page(ResourceType.person, key, params, uri);
        }
    }

    /** {@code GET /v1/entities/{idOrSlug}/quotes}. */
    @Path("/v1/entities/{idOrSlug}/quotes")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class EntityQuotes {
        @Inject Relations relations;

        @GET
        @Tag(name = "Entities")
        @Operation(operationId = "listEntityQuotes", summary = "Quotes attributed to an entity (an institution speaking)")
        @APIResponse(responseCode = "200", description = "A page of quotes, newest first.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteExamples.QuotePage.class)))
        public Response entityQuotes(@PathParam("idOrSlug") @Parameter(description = "Entity id or slug.", example = "united-states") String key,
                                     @BeanParam QuoteParams params, @Context UriInfo uri) {
            return relations.page(ResourceType.entity, key, params, uri);
        }
    }

    /** {@code GET /v1/articles/{idOrSlug}/quotes}. */
    @Path("/v1/articles/{idOrSlug}/quotes")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class ArticleQuotes {
        @Inject Relations relations;

        @GET
        @Tag(name = "Articles")
        @Operation(operationId = "listArticleQuotes", summary = "Quotes in an article, in order of appearance")
        @APIResponse(responseCode = "200", description = "A page of quotes.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteExamples.QuotePage.class)))
        @APIResponse(responseCode = "410", ref = "Gone")
        public Response articleQuotes(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                                      @BeanParam QuoteParams params, @Context UriInfo uri) {
            return relations.page(ResourceType.article, key, params, uri);
        }
    }

    /** What the quote lists share: resolve the path's resource (if any), then list like the main collection. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Relations {
        @Inject QuoteService service;
        @Inject Representations representations;
        @Inject Caller caller;
        @Inject LedeConfig config;

        /** The quotes of the resource of this type and key, or all quotes when {@code type} is null. */
        Response page(ResourceType type, String key, QuoteParams params, UriInfo uri) {
            Selection fields = Selection.parse("fields", params.fields, QuoteResource.FIELDS);
            QuoteService.Scope scope = type == null ? null : service.scope(type, key, caller.isAdmin());
            QuoteQuery query = params.query(config.api(), type == ResourceType.article);
            QuoteService.Listing listing = service.list(query, scope, caller.isAdmin(), next -> PageLinks.of(uri, next));
            return representations.page(listing.page(), fields, ListScope.filteredBy(ResourceType.quote, listing.filteredBy()));
        }
    }
}
