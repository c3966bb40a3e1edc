package dev.lede.feed;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.web.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feeds of all articles: {@code GET /v1/feeds/articles.rss|.atom|.json}. The same feeds narrowed to a person, an
 * entity or a source are {@link FeedRelationsResource}'s.
 */
@Path("/v1/feeds")
@Tag(name = "Feeds")
public class FeedResource {
    @Inject FeedResponses responses;

    @GET

    @Blocking
    @Path("/articles.rss")
    @Produces({FeedResponses.RSS, FeedResponses.XML, FeedResponses.TEXT_XML, Problem.MEDIA_TYPE})
    @Operation(operationId = "articlesRss", summary = "The newest articles as RSS 2.0",
            description = "Published articles only, newest first (a key holder gets the same public feed). Takes the "
                    + "article list's filters. Each item: headline, link (the canonical URL, else the API URL), a guid "
                    + "urn:uuid:<article id>, pubDate (RFC 822), bylines as dc:creator, section, tags, people and "
                    + "entities as categories, the standfirst as description and with fullText=true the body as "
                    + "content:encoded. Served with an ETag; revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "An RSS 2.0 document.",
            content = @Content(mediaType = FeedResponses.RSS, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> rss(@BeanParam FeedParams params, @Context UriInfo uri) {
        return responses.feed(FeedFormat.RSS, null, null, params, uri);
    }

    @GET

    @Blocking
    @Path("/articles.atom")
    @Produces({FeedResponses.ATOM, FeedResponses.XML, FeedResponses.TEXT_XML, Problem.MEDIA_TYPE})
    @Operation(operationId = "articlesAtom", summary = "The newest articles as Atom 1.0",
            description = "The feed of articlesRss as Atom (RFC 4287): the feed's id is its URL, updated is its newest "
                    + "item's update, with a self link; each entry has the id urn:uuid:<article id>, published and "
                    + "updated, bylines as authors, categories with a scheme for people and entities, the standfirst as "
                    + "summary and with fullText=true the body as HTML content.")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed document.",
            content = @Content(mediaType = FeedResponses.ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> atom(@BeanParam FeedParams params, @Context UriInfo uri) {
        return responses.feed(FeedFormat.ATOM, null, null, params, uri);
    }

    @GET

    @Blocking
    @Path("/articles.json")
    @Produces({FeedResponses.JSON_FEED, FeedResponses.JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "articlesJsonFeed", summary = "The newest articles as JSON Feed 1.1",
            description = "The feed of articlesRss as JSON Feed 1.1: version, title, home_page_url, feed_url; items with "
                    + "id urn:uuid:<article id>, url, content_html (the body with fullText=true, else the standfirst), "
                    + "summary, date_published and date_modified (RFC 3339), authors and tags.")
    @APIResponse(responseCode = "200", description = "A JSON Feed 1.1 document.",
            content = @Content(mediaType = FeedResponses.JSON_FEED, schema = @Schema(type = SchemaType.OBJECT)))
    public Uni<Response> json(@BeanParam FeedParams params, @Context UriInfo uri) {
        return responses.feed(FeedFormat.JSON, null, null, params, uri);
    }
}
