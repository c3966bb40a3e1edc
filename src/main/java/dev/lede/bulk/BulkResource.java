package dev.lede.bulk;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.LargeBody;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.LimitedBody;
import dev.lede.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the bulk load: NDJSON in, a report out (see {@link BulkLoader}). */
@Path("/v1/bulk")
@Tag(name = "Bulk")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class BulkResource {
    public static final String NDJSON = "application/x-ndjson";

    @Inject BulkLoader loader;
    @Inject BulkConfig config;

    @POST
    @Consumes(NDJSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    // The description, long prose, is in META-INF/api-docs/operations.json.
    @Operation(operationId = "bulkLoad", summary = "Load sources, entities, people, articles and quotes from NDJSON")
    // No example object here: the OpenAPI tooling would parse an NDJSON example as one JSON document.
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The body was processed: how many lines were stored and why the others were refused.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class),
                    examples = @ExampleObject(name = "one refused line", value = "{\"accepted\": 2, \"rejected\": 1, \"errors\": [{\"line\": 2, "
                            + "\"errors\": [{\"field\": \"people[0].person\", \"message\": \"no person 'jon-kirby'\"}]}], \"truncated\": false}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public BulkReport load(@HeaderParam("Content-Length") @Parameter(hidden = true) String length,
                           @LargeBody InputStream body) throws IOException {
        long max = config.maxBodyBytes();
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    throw Failure.tooLarge(max);
                }
            } catch (NumberFormatException e) {
                throw Failure.invalid("Content-Length", "not a number");
            }
        }
        try (InputStream limited = new LimitedBody(body, max)) {
            return loader.load(new NdjsonLines(limited));
        }
    }
}
