package dev.lede.keys;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.security.KeyRequiredTo;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for API keys (admin scope): create (the secret shown once), list, read, revoke. Never cached. */
@Path("/v1/keys")
@Tag(name = "Keys", description = "API keys, their scopes and entitlements.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = LedeApplication.API_KEY)
public class ApiKeyResource {
    private static final String NO_STORE = "no-store";

    private final ApiKeyService keys;
    private final LedeConfig config;

    public ApiKeyResource(ApiKeyService keys, LedeConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKey", summary = "Create an API key")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyInput.class), examples = @ExampleObject(name = "partner", value = """
                    {"name": "Partner Reuters", "scopes": ["partner"], "entitlements": {"sections": ["world"]}}""")))
    @APIResponse(responseCode = "201", description = "Created: the key with its secret, shown this once.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedKey.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull @Valid KeyInput body) {
        CreatedKey created = keys.create(body);
        return Response.created(URI.create("/v1/keys/" + created.id())).entity(created)
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", NO_STORE).build();
    }

    @GET
    @KeyRequiredTo("manage API keys")
    @Operation(operationId = "listKeys", summary = "List API keys")
    @APIResponse(responseCode = "200", description = "The keys, oldest first, revoked ones included.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(@QueryParam("limit") @Parameter(description = "At most this many keys per page; 20 by default and 100 at most.", example = "20") String limit,
                         @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page.") String cursor,
                         @Context UriInfo uri) {
        Page<KeyView> page = keys.list(new PageRequest(limit(limit), cursor, false), next -> PageLinks.of(uri, next));
        Response.ResponseBuilder response = Response.ok(page).header("Cache-Control", NO_STORE);
        return page.links().next() == null ? response.build()
                : response.header("Link", "<" + page.links().next() + ">; rel=\"next\"").build();
    }

    @GET
    @Path("/{id}")
    @KeyRequiredTo("manage API keys")
    @Operation(operationId = "getKey", summary = "Read an API key (never its secret)")
    @APIResponse(responseCode = "200", description = "The key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") @Parameter(description = "The key's id.") String id) {
        return Response.ok(keys.get(id)).header("Cache-Control", NO_STORE).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeKey", summary = "Revoke an API key")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked).")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revoke(@PathParam("id") @Parameter(description = "The key's id.") String id) {
        keys.revoke(id);
        return Response.noContent().build();
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
