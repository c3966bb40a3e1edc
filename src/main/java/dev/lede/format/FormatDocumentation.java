package dev.lede.format;

import dev.lede.platform.web.AlternateFormats;
import dev.lede.platform.web.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.ExternalDocumentation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Puts the formats in the OpenAPI document: the article reads' 200 offer ninjs (and one article JSON-LD) besides JSON,
 * and say they answer 406. Runs after the catalog's documentation, which makes those 200s (a lower priority runs later).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = -10)
public class FormatDocumentation implements OASFilter {
    private static final Pattern LISTS = Pattern.compile("/v1/(articles|(people|entities|sources)/\\{idOrSlug}/articles)");
    private static final String ONE = "/v1/articles/{idOrSlug}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.equals(ONE)) {
                offer(item.getGET(), List.of(
                        type(AlternateFormats.NINJS, "The article as an IPTC ninjs 2.2 news item (`?format=ninjs` or this Accept).", ninjsDocs()),
                        type(AlternateFormats.JSON_LD, "The article as a schema.org NewsArticle in JSON-LD (by Accept).", null)));
                canceled(item.getGET());
            } else if (LISTS.matcher(path).matches()) {
                offer(item.getGET(), List.of(type(AlternateFormats.NINJS, "The list envelope (data, meta, links) whose items are "
                        + "IPTC ninjs 2.2 news items, each with its body and embeds (`?format=ninjs` or this Accept).", ninjsDocs())));
            }
        });
    }

    private static void offer(Operation get, List<Offered> types) {
        if (get == null || get.getResponses() == null || get.getResponses().getAPIResponse("200") == null) {
            return;
        }
        APIResponse ok = get.getResponses().getAPIResponse("200");
        Content content = ok.getContent() == null ? OASFactory.createContent() : ok.getContent();
        types.forEach(type -> content.addMediaType(type.mediaType(), OASFactory.createMediaType().schema(type.schema())));
        ok.content(content);
        get.getResponses().addAPIResponse("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
    }

    /**
     * A killed (410) or taken-down (451) article asked for as ninjs without a key is a ninjs item that says canceled,
     * besides the problem every other request gets.
     */
    private static void canceled(Operation get) {
        if (get == null || get.getResponses() == null) {
            return;
        }
        Map<String, String> removals = new LinkedHashMap<>(); // in this order in the document, build after build
        removals.put("410", "The article was withdrawn or killed; the problem carries the notice (withdrawnAt or killedAt, reason).");
        removals.put("451", "The article was taken down for legal reasons; the problem carries the notice (takenDownAt, reason).");
        removals.forEach((status, description) -> get.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description + " Asked for as ninjs, a killed or taken-down article is instead a ninjs item "
                        + "with pubstatus canceled and the notice as ednote, and nothing of the story.")
                .content(OASFactory.createContent()
                        .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))
                        .addMediaType(AlternateFormats.NINJS, OASFactory.createMediaType().schema(type(AlternateFormats.NINJS,
                                "An IPTC ninjs 2.2 news item: uri, version, versioncreated (when it was removed), pubstatus "
                                        + "canceled, ednote (the notice).", ninjsDocs()).schema())))));
    }

    private record Offered(String mediaType, Schema schema) {
    }

    private static Offered type(String mediaType, String description, ExternalDocumentation docs) {
        return new Offered(mediaType, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description)
                .externalDocs(docs));
    }

    private static ExternalDocumentation ninjsDocs() {
        return OASFactory.createExternalDocumentation().description("IPTC ninjs 2.2 JSON Schema").url(NinjsFormat.SCHEMA);
    }
}
