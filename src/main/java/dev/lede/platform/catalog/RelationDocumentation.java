package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.lede.platform.web.DocumentationData;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Documents the relation views (a feature's list narrowed by the resource at {@code {idOrSlug}}, such as
 * {@code GET /v1/people/{idOrSlug}/articles}) with what is each view's own, read from
 * {@code META-INF/api-docs/relations.json} (one member a path); {@link CatalogDocumentation} runs it, so that the
 * document is finished by one filter, member for member in the order hand-annotated methods gave it.
 */
final class RelationDocumentation {
    /**
     * What one view says of itself.
     *
     * @param tag         the tag of the collection named by the path (People for /v1/people/...)
     * @param operationId its operation id
     * @param summary     its summary
     * @param key         the description of {@code {idOrSlug}}
     * @param example     an example of {@code {idOrSlug}}, or null
     * @param page        the description of its 200 response (a page of the feature's list schema)
     * @param gone        whether it answers 410 (a withdrawn or killed article) and 451 (a taken-down one)
     */
    record View(String tag, String operationId, String summary, String key, String example, String page, boolean gone) {
    }

    private RelationDocumentation() {
    }

    static void document(OpenAPI openAPI) {
        Map<String, PathItem> items = openAPI.getPaths().getPathItems();
        views().forEach((path, view) -> {
            PathItem item = items.get(path);
            if (item != null) {
                document(item.getGET(), view);
            }
        });
    }

    private static void document(Operation list, View view) {
        list.summary(view.summary()).operationId(view.operationId()).addTag(view.tag());
        DocumentationData.first(list, "summary", "operationId", "tags");
        CatalogDocumentation.idOrSlug(list, view.key(), view.example());
        DocumentationData.first(list.getResponses().getAPIResponse("200").description(view.page()), "description", "content");
        if (view.gone()) {
            list.getResponses().addAPIResponse("410", OASFactory.createAPIResponse().ref("Gone"));
            list.getResponses().addAPIResponse("451", OASFactory.createAPIResponse().ref("UnavailableForLegalReasons"));
        }
    }

    private static Map<String, View> views() {
        return DocumentationData.read("relations", new TypeReference<>() { });
    }
}
