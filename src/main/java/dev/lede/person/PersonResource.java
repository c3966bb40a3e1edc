package dev.lede.person;

import dev.lede.platform.catalog.CatalogResource;
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
import dev.lede.platform.web.CatalogParams;
import dev.lede.platform.web.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for people: one person is served as every catalog serves its items ({@link CatalogResource}); the list is
 * here, as people have no kind to filter by. What the OpenAPI document says of people alone is in
 * META-INF/api-docs/people.json.
 */
@Path("/v1/people")
@Tag(name = "People")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PersonResource extends CatalogResource<PersonView, PersonInput> {
    private final PersonService service;

    public PersonResource(PersonService people) {
        super(people, PersonView.class, PersonInput.class);
        this.service = people;
    }

    @POST
    @Path("/{idOrSlug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "mergePerson", summary = "Fold a duplicate person into this one", description = """
            Folds the duplicate named in the body into this person, which survives, in one transaction: the articles that \
            name the duplicate (mentions, bylines) and the quotes it said move here (their speaker), the duplicate's name and \
            aliases become aliases here (so the next ingest naming it links here), and so do its affiliations with entities this person lacks, its external ids and, when this person has none, its description. The duplicate is deleted \
            and its slugs redirect here. Change events: the duplicate deleted, this person and every touched article \
            and quote updated. An editor merging has reviewed it: needsReview is cleared here. The duplicate missing, \
            or this person itself, is a 400 naming duplicate.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MergeInput.class), examples = @ExampleObject(name = "merge",
            value = "{\"duplicate\": \"jon-kirby\"}")))
    @APIResponse(responseCode = "200", description = "Merged: the survivor as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response merge(@PathParam("idOrSlug") @Parameter(description = "Id or slug of the person that survives.") String key,
                          @HeaderParam("If-Match") @Parameter(description = "The ETag of the survivor last read, or *.", required = true) String ifMatch,
                          @NotNull @Valid MergeInput body) {
        return written(service.merge(key, IfMatch.parse(ifMatch), body.duplicate()));
    }

    @GET
    public Response list(@BeanParam CatalogParams params, @Context UriInfo uri) {
        return list(params, null, uri);
    }
}
