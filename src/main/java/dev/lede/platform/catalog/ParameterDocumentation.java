package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.lede.platform.web.Described;
import dev.lede.platform.web.DocumentationData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * Fails the build when the data documents a parameter that none of the lists it names has (a parameter renamed or
     * removed), rather than document nothing without a word, as {@code SchemaMembers} does for schema members.
     */
    static void document(OpenAPI openAPI) {
        Map<String, Map<String, Described>> groups = DocumentationData.read("parameters", new TypeReference<>() { });
        Set<String> unused = new TreeSet<>();
        groups.forEach((group, parameters) -> parameters.keySet().forEach(name -> unused.add(group + ": " + name)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            String listed = path.substring(path.lastIndexOf('/') + 1);
            List<String> own = groups.keySet().stream().filter(group -> List.of(group.split(", ")).contains(listed)).toList();
            if (item.getGET() != null && !own.isEmpty()) {
                own.forEach(group -> describe(item.getGET(), group, groups.get(group), unused));
                describe(item.getGET(), EVERY_LIST, groups.get(EVERY_LIST), unused); // once, after the list's own
            }
        });
        if (!unused.isEmpty()) {
            throw new IllegalStateException("parameters.json documents parameters that no list it names has: " + unused);
        }
    }

    private static void describe(Operation list, String group, Map<String, Described> parameters, Set<String> unused) {
        for (Parameter parameter : list.getParameters()) {
            Described described = parameters.get(parameter.getName());
            if (parameter.getIn() == Parameter.In.QUERY && described != null) {
                if (described.examples() != null) { // a schema member's form: it would be dropped without a word
                    throw new IllegalStateException("parameters.json: " + parameter.getName() + " has examples (a list), not example");
                }
                parameter.description(described.description()).example(described.example());
                DocumentationData.first(parameter, "description", "example");
                unused.remove(group + ": " + parameter.getName());
            }
        }
    }
}
