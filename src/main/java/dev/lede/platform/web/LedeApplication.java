package dev.lede.platform.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API as a whole, for the OpenAPI document: tags, the security scheme, and the error responses that
 * operations share by reference ({@code @APIResponse(ref = "NotFound")}), described once here: those with a header
 * or an example below, those that are only a problem with a description in META-INF/api-docs/problem-responses.json
 * ({@link ProblemResponses}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Lede", version = "0.1.0",
                description = "A headless news content API: articles, people, entities, sources and quotes as linked data.",
                license = @License(name = "Proprietary", url = "https://lede.dev/license")),
        servers = @Server(url = "/", description = "This Lede server"),
        // Reads are public; a key is optional there (it reveals drafts). Writes override this with the key alone.
        securitySets = {@SecurityRequirementsSet({}), @SecurityRequirementsSet(@SecurityRequirement(name = LedeApplication.API_KEY))},
        tags = {
                @Tag(name = "Articles", description = "News articles, their publishing state and their quotes."),
                @Tag(name = "People", description = "People named in articles."),
                @Tag(name = "Entities", description = "Countries, places, organisations, government bodies, units, agencies."),
                @Tag(name = "Sources", description = "Publishers, wire agencies and other origins of articles."),
                @Tag(name = "Quotes", description = "Verbatim quotations with their speakers."),
                @Tag(name = "Bulk", description = "Loading many resources at once from NDJSON."),
                @Tag(name = "Feeds", description = "The newest published articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1.")
        },
        components = @Components(responses = {
                @APIResponse(name = "NotModified", responseCode = "304", description = "Not modified: If-None-Match named the current ETag."),
                @APIResponse(name = "Moved", responseCode = "301",
                        description = "Addressed by a slug the resource had before a rename; Location has the current URL.",
                        headers = @Header(name = "Location", description = "The URL with the current slug.", schema = @Schema(type = SchemaType.STRING))),
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "Invalid request: a malformed or wrongly typed body or parameter, an unknown parameter, an unknown sort, field or include, a malformed cursor or a limit over 100. errors names each offender.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = {@ExampleObject(name = "validation", value = ProblemExamples.PROBLEM_VALIDATION),
                                        @ExampleObject(name = "limit", value = ProblemExamples.PROBLEM_LIMIT)})),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "The write conflicts with stored data: a slug in use, or a resource still referenced (references counts them).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "referenced", value = ProblemExamples.PROBLEM_REFERENCED))),
                @APIResponse(name = "Gone", responseCode = "410", description = "The article was withdrawn or killed; the body carries the notice (withdrawnAt or killedAt, reason).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "withdrawn", value = ProblemExamples.PROBLEM_WITHDRAWN))),
                @APIResponse(name = "Busy", responseCode = "503", description = "Another write held a row this one needs for longer "
                        + "than the lock timeout (10 s), or the database rolled this write back to break a deadlock or a concurrent "
                        + "update; nothing was written. Retry after the seconds in Retry-After.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = LedeApplication.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key, sent as 'Authorization: Bearer <key>'. Needed for every write and for reading drafts.")
public class LedeApplication extends Application {
    public static final String API_KEY = "apiKey";
}
