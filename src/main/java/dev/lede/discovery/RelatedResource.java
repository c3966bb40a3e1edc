package dev.lede.discovery;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The people and entities named with a person or an entity ({@link RelatedService}). Each view's class path is the
 * collection's own, which RESTEasy Reactive shares with the collection's resource (as the article relation views do);
 * each declares its method in full, as JAX-RS ignores a superclass method's annotations once an override has any.
 */
@ApplicationScoped
public class RelatedResource {
    static final String DESCRIPTION = """
            The people and entities most often named in the same published articles, optionally within a window of \
            publication dates, best first. `score` is the Jaccard index of the two sets of articles: co-mentions \
            divided by the articles naming either. It discounts the merely ubiquitous (a country named everywhere \
            shares many articles with anyone, and its own count weighs against it) without crowning names seen only \
            once, as PMI would; it runs from 0 to 1, so scores compare across subjects. Of each type, the 256 most \
            co-mentioned are scored. An old slug redirects to the current one.""";

    private final RelatedService service;
    private final Representations representations;

    public RelatedResource(RelatedService service, Representations representations) {
        this.service = service;
        this.representations = representations;
    }

    @Path("/v1/people")
    @Tag(name = "Discovery")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class OfPerson {
        private final RelatedResource related;

        public OfPerson(RelatedResource related) {
            this.related = related;
        }

        @GET
        @Path("/{idOrSlug}/related")
        @Operation(operationId = "listPersonRelated", summary = "People and entities named with a person", description = DESCRIPTION)
        @APIResponse(responseCode = "200", description = "The related people and entities, best first.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedList.class)))
        @APIResponse(responseCode = "400", ref = "BadRequest")
        @APIResponse(responseCode = "404", ref = "NotFound")
        public Response list(@PathParam("idOrSlug") String key, @BeanParam RelatedParams params, @Context UriInfo uri) {
            return related.page(ResourceType.person, key, params, uri);
        }
    }

    @Path("/v1/entities")
    @Tag(name = "Discovery")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public static class OfEntity {
        private final RelatedResource related;

        public OfEntity(RelatedResource related) {
            this.related = related;
        }

        @GET
        @Path("/{idOrSlug}/related")
        @Operation(operationId = "listEntityRelated", summary = "People and entities named with an entity", description = DESCRIPTION)
        @APIResponse(responseCode = "200", description = "The related people and entities, best first.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedList.class)))
        @APIResponse(responseCode = "400", ref = "BadRequest")
        @APIResponse(responseCode = "404", ref = "NotFound")
        public Response list(@PathParam("idOrSlug") String key, @BeanParam RelatedParams params, @Context UriInfo uri) {
            return related.page(ResourceType.entity, key, params, uri);
        }
    }

    Response page(ResourceType type, String key, RelatedParams params, UriInfo uri) {
        CoMentions.Window window = params.window();
        List<Related> related = service.related(type, key, window, params.limit());
        Page<Related> page = new Page<>(related, null, PageLinks.of(uri, null));
        return representations.page(page, Selection.parse("fields", null, Set.of()), SCOPE);
    }

    /** Stale when any public article changes, and when a person or an entity is renamed or deleted. */
    private static final ListScope SCOPE = new ListScope(ResourceType.article, Set.of(), Set.of(
            ListMarkers.unnarrowed(ResourceType.person), ListMarkers.every(ResourceType.person),
            ListMarkers.unnarrowed(ResourceType.entity), ListMarkers.every(ResourceType.entity)));

    /** The envelope, for the OpenAPI document. */
    @Schema(name = "RelatedList", description = "Related people and entities, best first.")
    public record RelatedList(List<Related> data, Page.Links links) {
    }
}
