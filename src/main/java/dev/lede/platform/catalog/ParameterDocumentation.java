package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.lede.platform.web.Described;
import dev.lede.platform.web.DocumentationData;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Describes the query parameters of the lists (the fields of {@code ListParams} and its subclasses, declared without
 * {@code @Parameter}), from {@code META-INF/api-docs/parameters.json}: the lists a group describes (its key:
 * "articles", "people, entities, sources", or "every list"), then each parameter's description (or an object with
 * its description and example). A list is the GET of a path that ends with the collection it lists
 * ({@code /v1/articles}, {@code /v1/people/{idOrSlug}/articles}). {@link CatalogDocumentation} runs it.
 */
final class ParameterDocumentation {
    private static final String EVERY_LIST = "every list";

    private ParameterDocumentation() {
    }

    static void document(OpenAPI openAPI) {
        Map<String, Map<String, Described>> groups = DocumentationData.read("parameters", new TypeReference<>() { });
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            String listed = path.substring(path.lastIndexOf('/') + 1);
            List<Map<String, Described>> own = groups.entrySet().stream()
                    .filter(group -> List.of(group.getKey().split(", ")).contains(listed)).map(Map.Entry::getValue).toList();
            if (item.getGET() != null && !own.isEmpty()) {
                own.forEach(parameters -> describe(item.getGET(), parameters));
                describe(item.getGET(), groups.get(EVERY_LIST)); // once, after the list's own
            }
        });
    }

    private static void describe(Operation list, Map<String, Described> parameters) {
        for (Parameter parameter : list.getParameters()) {
            Described described = parameters.get(parameter.getName());
            if (parameter.getIn() == Parameter.In.QUERY && described != null) {
                parameter.description(described.description()).example(described.example());
                DocumentationData.first(parameter, "description", "example");
            }
        }
    }
}
