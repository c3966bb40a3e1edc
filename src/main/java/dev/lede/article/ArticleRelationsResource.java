package dev.lede.article;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.web.AlternateFormats;
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
 * The articles of one person, entity or source. Same parameters and envelope as {@code GET /v1/articles};
 * the path narrows the list. The views share one annotated method ({@link View}); what the OpenAPI document says of
 * each (tag, operation id, summary, its key) is data, in META-INF/api-docs/relations.json, put in by the catalog's
 * documentation filter.
 */
public final class ArticleRelationsResource {
    private ArticleRelationsResource() {
    }

    @Path("/v1/people")
    public static class PersonArticles extends View {
        public PersonArticles() {
            super(ResourceType.person);
        }
    }

    @Path("/v1/entities")
    public static class EntityArticles extends View {
        public EntityArticles() {
            super(ResourceType.entity);
        }
    }

    @Path("/v1/sources")
    public static class SourceArticles extends View {
        public SourceArticles() {
            super(ResourceType.source);
        }
    }

    /**
     * One view: the articles related to the resource at {@code {idOrSlug}}, of the type the subclass names. The
     * parameters are declared here, not in a generic base, because RESTEasy Reactive reads a bean parameter's fields
     * from its declared class (a {@code @BeanParam P} fails the build).
     *
     * <p>{@code {idOrSlug}} is in the path of the method, not of the subclass: SmallRye OpenAPI leaves out the path
     * parameter of an inherited method whose template is only on the subclass. A view's class path is thus the
     * collection's own ({@code /v1/people}...), which RESTEasy Reactive shares with the collection's resource.
     */
    public abstract static class View {
        @Inject ArticleResource articles;
        private final ResourceType type;

        View(ResourceType type) {
            this.type = type;
        }

        @GET
        @Path("/{idOrSlug}/articles")
        @Produces({MediaType.APPLICATION_JSON, AlternateFormats.NINJS, Problem.MEDIA_TYPE})
        @APIResponse(responseCode = "200",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleExamples.ArticlePage.class)))
        public Response list(@PathParam("idOrSlug") String key, @BeanParam ArticleParams params, @Context UriInfo uri) {
            return articles.page(type, key, params, uri);
        }
    }
}
