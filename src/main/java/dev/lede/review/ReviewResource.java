package dev.lede.review;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Problem;
import dev.lede.platform.web.Selection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the review queue ({@link ReviewService}): content:read keys only, never cached (no response to such a key is). */
@Path("/v1/review")
@Tag(name = "Review", description = "What an ingest was unsure of, waiting for an editor.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.CONTENT_READ)
@SecurityRequirement(name = LedeApplication.API_KEY)
public class ReviewResource {
    private static final Set<String> TYPES = Set.of("person", "entity", "quote");
    private static final Selection ALL_FIELDS = Selection.parse("fields", null, Set.of());

    private final ReviewService review;
    private final Representations representations;
    private final LedeConfig config;

    ReviewResource(ReviewService review, Representations representations, LedeConfig config) {
        this.review = review;
        this.representations = representations;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listReview", summary = "The review queue", description = """
            People and entities an ingest created, and quotes it stored, with a confidence below \
            `lede.ingest.review-threshold` (0.6 by default): newest first, keyset-paged. Each shows needsReview: true \
            at its own URL until an editor clears it (PATCH with `{"needsReview": false}`) or, for people and \
            entities, merges it into another or another into it (POST .../merge).""")
    @APIResponse(responseCode = "200", description = "What waits for review, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewPage.class)))
    public Response list(
            @QueryParam("type") @Parameter(description = "Only this kind of item: person, entity or quote.", example = "person") String type,
            @QueryParam("limit") @Parameter(description = "At most this many items per page; 20 by default and 100 at most.", example = "20") String limit,
            @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page.") String cursor,
            @Context UriInfo uri) {
        if (type != null && !TYPES.contains(type)) {
            throw Failure.invalid("type", "must be person, entity or quote");
        }
        var page = review.list(type, new PageRequest(limit(limit), cursor, false), next -> PageLinks.of(uri, next));
        return representations.page(page, ALL_FIELDS, ListScope.of(ResourceType.person));
    }

    private int limit(String raw) {
        if (raw == null) {
            return config.api().defaultPageSize();
        }
        int limit = Params.integer("limit", raw);
        if (limit < 1 || limit > config.api().maxPageSize()) {
            throw Failure.invalid("limit", "must be between 1 and " + config.api().maxPageSize());
        }
        return limit;
    }
}
