package dev.lede.platform.catalog;

import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.resource.StoredView;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.Caller;
import dev.lede.platform.web.IfMatch;
import dev.lede.platform.web.LedeApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The HTTP side of content (articles, quotes): the writes of {@link ResourceEndpoints} and a DELETE that takes no
 * {@code force}, as deleting content detaches nothing (an article takes its quotes with it). Each feature adds its own
 * get and list, whose parameters differ; what the document says of them is in {@code META-INF/api-docs/}.
 */
public abstract class ContentResource<V extends StoredView, I extends Record> extends ResourceEndpoints<V, I> {
    /** Who asks: drafts, withdrawn articles and their quotes are seen with a key only. */
    @Inject
    protected Caller caller;
    private final BiConsumer<String, ExpectedVersion> delete;

    protected ContentResource(Writes<I, V> writes, BiConsumer<String, ExpectedVersion> delete, Class<V> viewType, Class<I> inputType) {
        super(writes, viewType, inputType);
        this.delete = delete;
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @SecurityRequirement(name = LedeApplication.API_KEY)
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("idOrSlug") String key,
                           @HeaderParam("If-Match") @Parameter(description = "The ETag last read, or * to delete whatever is there.", required = true) String ifMatch) {
        delete.accept(key, IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }
}
