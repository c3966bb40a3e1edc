package dev.lede.discovery;

import dev.lede.platform.search.IndexStatus;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding the search indexes from the database while they keep answering (admin key). */
@Path("/v1/admin/reindex")
@Tag(name = "Admin", description = "Operations on the service itself.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = LedeApplication.API_KEY)
public class ReindexResource {
    private final Reindexing reindexing;

    public ReindexResource(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    /** The indexes' states: the envelope of lists, without paging (there are two). */
    @Schema(name = "SearchIndexes", description = "The search indexes and where each stands.")
    public record Indexes(@Schema(required = true) List<IndexStatus> data) {
    }

    @POST
    @Operation(operationId = "reindex", summary = "Rebuild search indexes from the database, online", description = """
            Starts rebuilding the index (or every index) from the database in the background and answers at once. \
            Searches keep answering from the index in use until the new one holds every document and every change \
            written meanwhile; then it replaces the old one at once. Asking while a rebuild runs starts no second one \
            and reports its progress. Follow it with GET until `rebuilding` is false. Each node keeps its own index: \
            this rebuilds the one of the node that answers (behind a load balancer, ask each node).""")
    @APIResponse(responseCode = "202", description = "The rebuild is running (or was already): each index's state.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indexes.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response reindex(@QueryParam("index") @Parameter(description = "The index to rebuild (articles or quotes); every index when absent.",
            example = "articles") String index) {
        return Response.accepted(new Indexes(reindexing.start(index))).build();
    }

    @GET
    @Operation(operationId = "searchIndexes", summary = "Where each search index stands",
            description = "Whether each index is complete, whether a rebuild runs and how far it has gone, and the "
                    + "change-log position up to which every change is applied.")
    @APIResponse(responseCode = "200", description = "Each index's state.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indexes.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Indexes status(@QueryParam("index") @Parameter(description = "One index (articles or quotes); every index when absent.",
            example = "articles") String index) {
        return new Indexes(reindexing.status(index));
    }
}
