package dev.lede.quote;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.web.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The quotes of one person, entity or article: {@code GET /v1/quotes} narrowed by the path. The views share one
 * annotated method ({@link View}); what the OpenAPI document says of each is data, in
 * META-INF/api-docs/relations.json.
 */
public final class QuoteRelationsResource {
    private QuoteRelationsResource() {
    }

    @Path("/v1/people")
    public static class PersonQuotes extends View {
        public PersonQuotes() {
            super(ResourceType.person);
        }
    }

    @Path("/v1/entities")
    public static class EntityQuotes extends View {
        public EntityQuotes() {
            super(ResourceType.entity);
        }
    }

    @Path("/v1/articles")
    public static class ArticleQuotes extends View {
        public ArticleQuotes() {
            super(ResourceType.article);
        }
    }

    /**
     * One view: the quotes of the resource at {@code {idOrSlug}}, of the type the subclass names. A base per feature,
     * and the path split between class and method, for the reasons ArticleRelationsResource.View gives.
     */
    public abstract static class View {
        @Inject QuoteResource quotes;
        private final ResourceType type;

        View(ResourceType type) {
            this.type = type;
        }

        @GET
        @Path("/{idOrSlug}/quotes")
        @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
        @APIResponse(responseCode = "200",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteExamples.QuotePage.class)))
        public Response list(@PathParam("idOrSlug") String key, @BeanParam QuoteParams params, @Context UriInfo uri) {
            return quotes.page(type, key, params, uri);
        }
    }
}
