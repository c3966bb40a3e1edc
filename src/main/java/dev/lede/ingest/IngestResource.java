package dev.lede.ingest;

import dev.lede.ingest.extract.RawPage;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.security.Roles;
import dev.lede.platform.text.Text;
import dev.lede.platform.web.LedeApplication;
import dev.lede.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for ingestion: a raw page in (text, HTML or JSON), a linked article out. The three media types are one
 * operation of the API (one POST on one path), so they answer alike: the responses are declared once, here, and the
 * responses every write shares (400, 401, 403, 413, 415, 503) come from {@code platform/web/StandardResponses}. The
 * text and HTML bodies are documented from their {@code String} parameters (a string of the consumed media type).
 */
@Path("/v1/ingest")
@Tag(name = "Ingestion", description = "Raw scraped pages turned into clean, linked articles.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.INGEST)
@SecurityRequirement(name = LedeApplication.API_KEY)
@APIResponse(responseCode = "201", description = "A new article; Location has its URL.",
        headers = @Header(name = "Location", description = "URL of the new article.", schema = @Schema(type = SchemaType.STRING)),
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
@APIResponse(responseCode = "200", description = "A dry run, or a page ingested before.",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
@APIResponse(responseCode = "422", description = "No recognisable article in the page.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IngestResource {
    private final IngestService service;

    public IngestResource(IngestService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "ingestText", summary = "Ingest a scraped page as plain text")
    public Response text(String body, @BeanParam IngestOptions options, @Context UriInfo uri) {
        return answer(RawPage.ofText(text(body)), options, uri);
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(operationId = "ingestHtml", summary = "Ingest a whole HTML page",
            description = "Reads title, og:* and article:* meta, <time>, JSON-LD NewsArticle; drops nav, aside, footer, "
                    + "scripts and ads. No markup is stored: only the extracted text.")
    public Response html(String body, @BeanParam IngestOptions options, @Context UriInfo uri) {
        return answer(RawPage.ofHtml(text(body)), options, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestJson", summary = "Ingest a page with hints",
            description = "Exactly one of text or html; url, source, publishedAt and language win over what is extracted.")
    public Response json(@NotNull @Valid IngestRequest body, @BeanParam IngestOptions options, @Context UriInfo uri) {
        if ((body.text() == null) == (body.html() == null)) {
            throw Failure.invalid("text", "give exactly one of text or html");
        }
        RawPage page = new RawPage(body.text() == null ? null : text(body.text()), body.html() == null ? null : text(body.html()),
                body.url(), body.source(), body.publishedAt(), body.language());
        return answer(page, options, uri);
    }

    /** 201 with the new article's URL when one was stored; 200 for a dry run or a page ingested before. */
    private Response answer(RawPage page, IngestOptions options, UriInfo uri) {
        IngestOutcome outcome = service.ingest(page, options.dryRunAsked(), options.publishAsked());
        if (!outcome.created()) {
            return Response.ok(outcome.result(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("v1/articles").path(outcome.result().article().id()).build())
                .entity(outcome.result()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Refuses an empty page (400) and bytes that are not text (415: a NUL, or bytes that are not UTF-8). */
    private static String text(String body) {
        if (body == null || body.isBlank()) {
            throw Failure.invalid("body", "the page is empty");
        }
        if (body.indexOf('\u0000') >= 0 || body.indexOf('\uFFFD') >= 0) {
            throw Failure.unsupportedFormat("the body is not UTF-8 text");
        }
        return Text.nfc(body); // the names it links are stored in NFC
    }
}
