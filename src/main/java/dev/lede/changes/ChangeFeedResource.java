package dev.lede.changes;

import dev.lede.platform.cache.Unshared;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.web.Caller;
import dev.lede.platform.web.Problem;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The change feed. Blocking, so that the first read runs on a worker thread; the method returns as soon as that read
 * is done, and a long-poll then waits parked ({@link ChangeWaits}), the worker back in the pool.
 */
@Path("/v1/changes")
@Unshared
@Tag(name = "Changes", description = "Every committed write, in commit order, for partners who keep a copy.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ChangeFeedResource {
    private final ChangeWaits waits;
    private final Caller caller;

    public ChangeFeedResource(ChangeWaits waits, Caller caller) {
        this.waits = waits;
        this.caller = caller;
    }

    @GET
    @Blocking
    @Operation(operationId = "listChanges", summary = "Read what changed since a cursor", description = """
            The change log in commit order: each event says which resource (type, id, slug) a committed write changed, \
            how (op) and to which version. Resume from any event's cursor or from meta.nextCursor: nothing is skipped \
            or repeated, across restarts and concurrent writers. Without a key only events about public content are \
            shown: a draft's creation and edits are not, its publication is, and so are the withdrawal or deletion of \
            anything that was public. A key shows every event. With wait, an empty page waits up to that many seconds \
            for an event and returns as soon as one commits (within about a second for a write made on another node); \
            after the wait it is empty, with the cursor it was given or one past events hidden from the caller. One \
            read passes over at most 10,000 positions of the log (lede.changes.scan-window): a reader shown few \
            events (types, a limited key) can get a short or empty page whose nextCursor moved on, answered at once \
            even with wait; keep reading from it. The head is reached when an empty page returns the cursor it was \
            given.""")
    @APIResponse(responseCode = "200", description = "The events after since, oldest first (at most limit).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "410", description = "since is older than the change log keeps (lede.changes.retention): "
            + "the problem says how to resynchronise (a full list by updatedSince), and its oldestCursor member is the oldest "
            + "position still held.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "With wait: this server holds as many waiting long-polls as it "
            + "allows. Retry after the seconds in Retry-After, or read without wait.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ChangeEventView>> changes(
            @QueryParam("since") @Parameter(description = "Where to start: a cursor (an event's cursor or "
                    + "meta.nextCursor), or now for the head of the log (only what commits from now on). The beginning of "
                    + "the log when absent.", example = "YzE6MTA0Mg") String since,
            @QueryParam("limit") @Parameter(description = "At most this many events: 1 to 1000 (1 to 100 with "
                    + "include=resource); 100 by default.", example = "1000") String limit,
            @QueryParam("types") @Parameter(description = "Comma-separated kinds of resource to show: article, person, "
                    + "entity, source, quote. All by default. The cursor moves past the others.", example = "article,quote")
            List<String> types,
            @QueryParam("wait") @Parameter(description = "Seconds to wait for an event when there is none yet, 0 to 30; "
                    + "0 (answer at once) by default.", example = "30") String wait,
            @QueryParam("include") @Parameter(description = "resource: embed in each event the resource as a single GET "
                    + "returns it now, or a tombstone when it is gone.", example = "resource") List<String> include,
            @Context UriInfo uri) {
        ChangeParams params = ChangeParams.parse(since, limit, types, wait, include, caller.seesUnpublished(),
                caller.entitlements());
        UriBuilder self = uri.getRequestUriBuilder();
        String selfLink = relative(uri.getRequestUri());
        int pageSize = params.query().limit();
        return waits.answer(params).map(slice -> {
            String next = ChangeCursor.of(slice.next());
            return new Page<>(slice.events(), new Page.Meta(pageSize, next, null),
                    new Page.Links(selfLink, relative(self.clone().replaceQueryParam("since", next).build())));
        });
    }

    private static String relative(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
