package dev.lede.webhook;

import dev.lede.platform.cache.Unshared;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.security.Roles;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/webhooks}: subscriptions, their deliveries, rotation, replay ({@link WebhookService}). Admin only. */
@Path("/v1/webhooks")
@Unshared
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = LedeApplication.API_KEY)
@Tag(name = "Webhooks", description = "Signed pushes of public change events (Standard Webhooks), delivered at least once, in order.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class WebhookResource {
    private static final String EXAMPLE = "{\"url\": \"https://partner.example/hooks/lede\", \"types\": [\"article\"], "
            + "\"ops\": [\"published\", \"corrected\", \"killed\"], \"entity\": \"iran\"}";

    private final WebhookService webhooks;
    private final WebhookDispatcher dispatcher;

    public WebhookResource(WebhookService webhooks, WebhookDispatcher dispatcher) {
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver", description = """
            Subscribes an https URL (http only where lede.webhooks.allow-http is set) to the public change events of \
            these types and ops from now on, optionally narrowed to articles (and their quotes) naming a person or an \
            entity (id or slug), from a source, in a section or with a tag, as the article is when the event is \
            delivered. The host must resolve to public addresses only (unless lede.webhooks.allow-private). The answer \
            carries the signing secret (given, or generated: whsec_ and base64 of 32 random bytes) once; it is never \
            shown again.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookInput.class), examples = @ExampleObject(name = "iran", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location has its URL and secret its signing secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public Response create(@NotNull WebhookInput body, @Context UriInfo uri) {
        WebhookView created = webhooks.create(body);
        dispatcher.subscribed();
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List subscriptions", description = "Every subscription, oldest "
            + "first, with its status; never its secret.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class)))
    public Page<WebhookView> list(
            @QueryParam("limit") @Parameter(description = "At most this many subscriptions per page: 1 to 100; 20 by default.",
                    example = "20") String limit,
            @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page.") String cursor,
            @Context UriInfo uri) {
        int size = WebhookParams.limit(limit);
        WebhookService.Listing<WebhookView> listing = webhooks.list(size, WebhookParams.after(cursor));
        return WebhookParams.page(listing, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "A subscription and how it stands", description = """
            Its status (active; failing: the next event failed and is being retried with backoff; dead: an event was \
            given up on and dead-lettered, nothing delivered since), its cursor (the change-feed position of the last \
            event it is done with), failed attempts at the next event and when it is tried again, the last success \
            and failure. Never its secret.""")
    @APIResponse(responseCode = "200", description = "The subscription.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView get(@PathParam("id") @Parameter(description = "Subscription id.") String id) {
        return webhooks.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateWebhook", summary = "Change a subscription", description = "The members given "
            + "replace the stored ones (an empty string clears a narrowing member); absent ones stay. The secret is "
            + "changed by rotate-secret only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookInput.class),
            examples = @ExampleObject(name = "ops", value = "{\"ops\": [\"published\"], \"entity\": \"\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView update(@PathParam("id") @Parameter(description = "Subscription id.") String id,
                              @NotNull WebhookInput body) {
        WebhookView changed = webhooks.patch(id, body);
        dispatcher.subscribed();
        return changed;
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe", description = "Nothing more is sent; its "
            + "deliveries are forgotten, and change-log retention no longer keeps events for it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") @Parameter(description = "Subscription id.") String id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret", description = """
            A new secret (in this answer only) signs every delivery from now on. Until previousSecretUntil \
            (lede.webhooks.rotation-overlap, 24 hours by default) the old one signs too: webhook-signature then holds \
            two signatures separated by a space, and a receiver that knows either secret accepts the delivery.""")
    @APIResponse(responseCode = "200", description = "Rotated; secret is the new one.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView rotate(@PathParam("id") @Parameter(description = "Subscription id.") String id) {
        return webhooks.rotate(id);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayWebhook", summary = "Send events again from a position", description = """
            Moves the subscription's cursor back (or forward) to since: every matching event after it is sent again, \
            in order, with the webhook-id it had the first time, so a receiver that keeps ids can drop repeats.""")
    @APIResponse(responseCode = "202", description = "The queue restarts after since.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response replay(@PathParam("id") @Parameter(description = "Subscription id.") String id,
                           @QueryParam("since") @Parameter(description = "A change-feed position: an event's cursor, "
                                   + "a subscription's cursor or a change page's meta.nextCursor.", required = true,
                                   example = "YzE6MTA0Mg") String since) {
        WebhookView replayed = webhooks.replay(id, WebhookParams.since(since));
        dispatcher.subscribed();
        return Response.accepted(replayed).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "What was sent", description = """
            The subscription's deliveries, newest first: the event (seq, type, op, resource), the webhook-id, the state \
            (pending while retried, delivered, dead_letter once given up on) and every attempt with its status code, \
            latency, error and the first 256 bytes of the answer.""")
    @APIResponse(responseCode = "200", description = "A page of deliveries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<WebhookDeliveryView> deliveries(
            @PathParam("id") @Parameter(description = "Subscription id.") String id,
            @QueryParam("limit") @Parameter(description = "At most this many deliveries per page: 1 to 100; 20 by default.",
                    example = "20") String limit,
            @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page.") String cursor,
            @Context UriInfo uri) {
        int size = WebhookParams.limit(limit);
        return WebhookParams.page(webhooks.deliveries(id, size, WebhookParams.after(cursor)), size, uri);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Send one delivery again", description = """
            Sends the delivery's event once more, soon, outside the subscription's order (the queue goes on meanwhile), \
            with its webhook-id and the resource as it is now; the attempt is added to the delivery's.""")
    @APIResponse(responseCode = "202", description = "Queued.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response retry(@PathParam("id") @Parameter(description = "Subscription id.") String id,
                          @PathParam("deliveryId") @Parameter(description = "Delivery id.") String deliveryId) {
        WebhookDeliveryView queued = webhooks.retry(id, deliveryId);
        dispatcher.subscribed();
        return Response.accepted(queued).build();
    }

    /** Only for the OpenAPI document: the shape of a page of subscriptions. */
    @Schema(name = "WebhookPage")
    record WebhookPage(java.util.List<WebhookView> data, Page.Meta meta, Page.Links links) {
    }

    /** Only for the OpenAPI document: the shape of a page of deliveries. */
    @Schema(name = "WebhookDeliveryPage")
    record WebhookDeliveryPage(java.util.List<WebhookDeliveryView> data, Page.Meta meta, Page.Links links) {
    }
}
