package dev.lede.feed;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.web.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The feeds of one person, entity or source ({@code /v1/people/{idOrSlug}/feed.rss|.atom|.json}...): the feeds of
 * {@link FeedResource} narrowed as that resource's article list is. As for the article relation views, the views
 * share annotated methods ({@link View}), and what the OpenAPI document says of each (tag, operation id, summary, its
 * key) is data, in META-INF/api-docs/relations.json.
 */
public final class FeedRelationsResource {
    private FeedRelationsResource() {
    }

    @Path("/v1/people")
    public static class PersonFeeds extends View {
        public PersonFeeds() {
            super(ResourceType.person);
        }
    }

    @Path("/v1/entities")
    public static class EntityFeeds extends View {
        public EntityFeeds() {
            super(ResourceType.entity);
        }
    }

    @Path("/v1/sources")
    public static class SourceFeeds extends View {
        public SourceFeeds() {
            super(ResourceType.source);
        }
    }

    /** One subject's three feeds; {@code {idOrSlug}} is in the methods' paths (see {@code ArticleRelationsResource.View}). */
    public abstract static class View {
        @Inject FeedResponses responses;
        private final ResourceType type;

        View(ResourceType type) {
            this.type = type;
        }

        @GET

        @Blocking
        @Path("/{idOrSlug}/feed.rss")
        @Produces({FeedResponses.RSS, FeedResponses.XML, FeedResponses.TEXT_XML, Problem.MEDIA_TYPE})
        @APIResponse(responseCode = "200", content = @Content(mediaType = FeedResponses.RSS, schema = @Schema(type = SchemaType.STRING)))
        public Uni<Response> rss(@PathParam("idOrSlug") String key, @BeanParam FeedParams params, @Context UriInfo uri) {
            return responses.feed(FeedFormat.RSS, type, key, params, uri);
        }

        @GET

        @Blocking
        @Path("/{idOrSlug}/feed.atom")
        @Produces({FeedResponses.ATOM, FeedResponses.XML, FeedResponses.TEXT_XML, Problem.MEDIA_TYPE})
        @APIResponse(responseCode = "200", content = @Content(mediaType = FeedResponses.ATOM, schema = @Schema(type = SchemaType.STRING)))
        public Uni<Response> atom(@PathParam("idOrSlug") String key, @BeanParam FeedParams params, @Context UriInfo uri) {
            return responses.feed(FeedFormat.ATOM, type, key, params, uri);
        }

        @GET

        @Blocking
        @Path("/{idOrSlug}/feed.json")
        @Produces({FeedResponses.JSON_FEED, FeedResponses.JSON, Problem.MEDIA_TYPE})
        @APIResponse(responseCode = "200", content = @Content(mediaType = FeedResponses.JSON_FEED, schema = @Schema(type = SchemaType.OBJECT)))
        public Uni<Response> json(@PathParam("idOrSlug") String key, @BeanParam FeedParams params, @Context UriInfo uri) {
            return responses.feed(FeedFormat.JSON, type, key, params, uri);
        }
    }
}
