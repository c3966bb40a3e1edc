package dev.lede.discovery;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Page;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The people and entities named with a person or an entity ({@link RelatedService}). As with the article relation
 * views ({@code ArticleRelationsResource}), each view's class path is the collection's own, which RESTEasy Reactive
 * shares with the collection's resource, and the views share one annotated method ({@link View}): JAX-RS ignores a
 * superclass method's annotations once an override has any, so a view cannot add its own operation id there.
 */
public final class RelatedResource {
    private RelatedResource() {
    }

    @Path("/v1/people")
    public static class OfPerson extends View {
        @Override ResourceType type() { return ResourceType.person; }
    }

    @Path("/v1/entities")
    public static class OfEntity extends View {
        @Override ResourceType type() { return ResourceType.entity; }
    }

    /** One view: the people and entities related to the resource at {@code {idOrSlug}}, of the subclass's type. */
    public abstract static class View {
        /**
         * Stale when any public article changes, when a person or an entity is renamed or deleted, and when the
         * article index (which counts the co-mentions) has applied a change.
         */
        private static final ListScope SCOPE = new ListScope(ResourceType.article, Set.of(), Set.of(
                ListMarkers.unnarrowed(ResourceType.person), ListMarkers.every(ResourceType.person),
                ListMarkers.unnarrowed(ResourceType.entity), ListMarkers.every(ResourceType.entity),
                ListMarkers.searched(ResourceType.article)));

        @Inject RelatedService service;
        @Inject Representations representations;

        /** Whose related people and entities this view lists. */
        abstract ResourceType type();

        @GET
        @Path("/{idOrSlug}/related")
        @Tag(name = "Discovery")
        @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
        @Operation(summary = "People and entities named with a person or an entity", description = """
                The people and entities most often named in the same published articles, optionally within a window \
                of publication dates, best first. `score` is the Jaccard index of the two sets of articles: \
                co-mentions divided by the articles naming either. It discounts the merely ubiquitous (a country \
                named everywhere shares many articles with anyone, and its own count weighs against it) without \
                crowning names seen only once, as PMI would; it runs from 0 to 1, so scores compare across subjects. \
                Every co-mentioned person and entity is scored; equal scores are ordered by co-mentions, then by \
                name (when more than 256 names tie on both at the end of the page, those with the lowest ids are \
                the ones ordered by name). An old slug redirects to the current one.""")
        @APIResponse(responseCode = "200", description = "The related people and entities, best first.",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedList.class)))
        @APIResponse(responseCode = "400", ref = "BadRequest")
        @APIResponse(responseCode = "404", ref = "NotFound")
        public Response list(@PathParam("idOrSlug") @Parameter(description = "Id or slug.") String key,
                             @BeanParam RelatedParams params, @Context UriInfo uri) {
            CoMentions.Window window = params.window();
            List<Related> related = service.related(type(), key, window, params.limit());
            Page<Related> page = new Page<>(related, null, PageLinks.of(uri, null));
            return representations.page(page, Selection.parse("fields", null, Set.of()), SCOPE);
        }
    }

    /** The envelope, for the OpenAPI document. */
    @Schema(name = "RelatedList", description = "Related people and entities, best first.")
    public record RelatedList(List<Related> data, Page.Links links) {
    }
}
