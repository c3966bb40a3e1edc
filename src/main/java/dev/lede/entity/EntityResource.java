package dev.lede.entity;

import dev.lede.platform.catalog.KindedCatalogResource;
import dev.lede.platform.catalog.MergeInput;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import dev.lede.platform.web.Problem;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for entities: all of it is what every catalog with kinds serves ({@link KindedCatalogResource}); what the
 * OpenAPI document says of entities alone is in META-INF/api-docs/entities.json.
 */
@Path("/v1/entities")
@Tag(name = "Entities")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class EntityResource extends KindedCatalogResource<EntityView, EntityInput, EntityKind> {
    private final EntityService service;

    public EntityResource(EntityService entities) {
        super(entities, EntityView.class, EntityInput.class, EntityKind.class);
        this.service = entities;
    }

    @POST
    @Path("/{idOrSlug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "mergeEntity", summary = "Fold a duplicate entity into this one", description = """
            Folds the duplicate named in the body into this entity, which survives, in one transaction: the articles that \
            name the duplicate, the quotes it said (their speaker) and the affiliations of people move here, the duplicate's name and \
            aliases become aliases here (so the next ingest naming it links here), and so do its external ids and, when this entity has none, its parent and country code; its child entities become children here. The duplicate is deleted \
            and its slugs redirect here. Change events: the duplicate deleted, this entity and every touched article \
            and quote updated. An editor merging has reviewed it: needsReview is cleared here. The duplicate missing, \
            or this entity itself, is a 400 naming duplicate.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MergeInput.class), examples = @ExampleObject(name = "merge",
            value = "{\"duplicate\": \"russian-federation\"}")))
    @APIResponse(responseCode = "200", description = "Merged: the survivor as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response merge(@PathParam("idOrSlug") @Parameter(description = "Id or slug of the entity that survives.") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag of the survivor last read, or *.", required = true) String ifMatch,
                          @NotNull @Valid MergeInput body) {
        return written(service.merge(key, IfMatch.parse(ifMatch), body.duplicate()));
    }
}
