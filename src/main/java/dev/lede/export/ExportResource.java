package dev.lede.export;

import dev.lede.platform.security.KeyRequiredTo;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the export: everything Lede holds, streamed as NDJSON that POST /v1/bulk takes back (see {@link ExportService}). */
@Path("/v1/export")
@Tag(name = "Bulk")
public class ExportResource {
    static final String NDJSON = "application/x-ndjson";

    private final ExportService service;

    public ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @KeyRequiredTo("export the content")
    @Produces({NDJSON, Problem.MEDIA_TYPE})
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "export", summary = "Export every source, entity, person, article and quote as NDJSON",
            description = "The backup every user can run, and the way out: one JSON object per line in the format of POST /v1/bulk, "
                    + "consistent at one point of the change log. The first line is {\"type\": \"export\", \"data\": {\"format\": "
                    + "\"lede-export/1\", \"seq\": N, \"exportedAt\": ...}}: it holds every write up to change-log event N and none after. "
                    + "Then sources; entities, each parent before its children; people; and each article followed by its quotes. "
                    + "Every line carries its write model in data and, in meta, what the server owns: id, createdAt, updatedAt, version, "
                    + "oldSlugs and, for articles, status, firstPublishedAt, withdrawnAt, withdrawalReason and ingestedPages. "
                    + "POST /v1/bulk with the key takes the lines as they are and keeps all of it: loaded into an empty Lede (started "
                    + "with lede.seed.enabled=false), an export reproduces the same content, ids, slugs, old-slug redirects, "
                    + "statuses, timestamps and ETags. Split a large export into requests at any article line (a request holds at "
                    + "most lede.bulk.max-body-bytes) and send them in order. The change log itself is not exported: the import "
                    + "starts its own, one created event per resource.")
    @APIResponse(responseCode = "200", description = "The export, streamed.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export() {
        StreamingOutput body = service::export;
        return Response.ok(body, NDJSON).header("Cache-Control", "no-store").build();
    }
}
