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
    // The description, long prose, is in META-INF/api-docs/operations.json.
    @Operation(operationId = "export", summary = "Export every source, entity, person, article and quote as NDJSON")
    @APIResponse(responseCode = "200", description = "The export, streamed.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export() {
        StreamingOutput body = service::export;
        return Response.ok(body, NDJSON).header("Cache-Control", "no-store").build();
    }
}
