package dev.lede.discovery;

import dev.lede.platform.cache.SharedFromMemory;
import dev.lede.platform.web.Caller;
import dev.lede.platform.web.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Typeahead: answered from memory ({@link SuggestIndexHolder}), never from the database on the request path. */
@Path("/v1/suggest")
@SharedFromMemory
@Tag(name = "Discovery", description = "Typeahead, and who and what is named together.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SuggestResource {
    private final SuggestIndexHolder suggestions;
    private final Caller caller;

    public SuggestResource(SuggestIndexHolder suggestions, Caller caller) {
        this.suggestions = suggestions;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "suggest", summary = "Suggest people, entities, sources and articles as a name is typed",
            description = """
                    Matches the start of a name, of any word of a name, or of an alias (a headline for articles, \
                    the most recent published ones, 20,000 by default), ignoring case and accents ("sao" finds São Paulo, "Moscow" finds Russia \
                    through its alias). At most `limit` per type, best first across types: a match on the name \
                    before a match on an alias only; then the most mentioned (published articles naming it; articles \
                    by recency); then a match at the start of the whole name before one at a later word. Reflects a \
                    write on this node as soon as it has answered; a write on another node within about a second.""")
    @APIResponse(responseCode = "200", description = "The suggestions, best first; an empty list when nothing matches.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Suggestion.List.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Suggestion.List suggest(
            @QueryParam("q") @Parameter(description = "The text typed so far: 1 to 100 characters, with at least one letter or digit.",
                    required = true, example = "kir") String q,
            @QueryParam("types") @Parameter(description = "Comma-separated types to suggest: person, entity, source, article. All by default.",
                    example = "person,entity") List<String> types,
            @QueryParam("limit") @Parameter(description = "At most this many per type, 1 to 10.", example = "10") String limit) {
        SuggestParams params = SuggestParams.parse(q, types, limit);
        return new Suggestion.List(suggestions.index().find(params.prefix(), params.types(), params.limit(),
                caller.entitlements()));
    }
}
