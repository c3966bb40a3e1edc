package dev.lede.article;

import dev.lede.platform.cache.Representations;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /v1/articles/{idOrSlug}/kill} and {@code /takedown} ({@link ArticleLifecycleService}). Its class path is
 * the collection's own, which RESTEasy Reactive shares with {@link ArticleResource}.
 */
@Path("/v1/articles")
@Tag(name = "Articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ArticleLifecycleResource {
    @Inject ArticleLifecycleService lifecycle;
    @Inject Representations representations;

    @POST
    @Path("/{idOrSlug}/kill")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "killArticle", summary = "Kill an article",
            description = "The story is cancelled and must be removed everywhere: public reads answer 410 Gone with the "
                    + "kill notice, and it leaves every list, search and feed at once (change event killed). Key holders "
                    + "still read it, with status killed and the notice in removedAt and removalReason. "
                    + "A published, withdrawn or embargoed article can be killed; killing a killed one changes nothing; "
                    + "a draft (delete it) or a taken-down article (its legal notice stands) cannot be (409). "
                    + "A killed article cannot be published again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RemovalInput.class),
            examples = @ExampleObject(name = "kill", value = "{\"reason\": \"Fabricated quotes\"}")))
    @APIResponse(responseCode = "200", description = "Killed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response kill(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                         @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or *.", required = true) String ifMatch,
                         @NotNull @Valid RemovalInput body) {
        return written(lifecycle.kill(key, IfMatch.parse(ifMatch), body));
    }

    @POST
    @Path("/{idOrSlug}/takedown")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @Operation(operationId = "takeDownArticle", summary = "Take an article down for legal reasons",
            description = "Public reads answer 451 Unavailable For Legal Reasons with the notice, and it leaves every "
                    + "list, search and feed at once (change event taken_down). Key holders still read it, with status "
                    + "taken_down and the notice in removedAt and removalReason. A published, withdrawn, embargoed or "
                    + "killed article can be taken down; taking down a taken-down one changes nothing; a draft cannot be "
                    + "(409). A taken-down article cannot be published again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RemovalInput.class),
            examples = @ExampleObject(name = "court order", value = "{\"reason\": \"Court order of 9 December 2022\"}")))
    @APIResponse(responseCode = "200", description = "Taken down.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response takedown(@PathParam("idOrSlug") @Parameter(description = "Article id or slug.") String key,
                             @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or *.", required = true) String ifMatch,
                             @NotNull @Valid RemovalInput body) {
        return written(lifecycle.takedown(key, IfMatch.parse(ifMatch), body));
    }

    private Response written(ArticleView view) {
        return representations.written(view, view.version());
    }
}
