package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.lede.platform.web.DocumentationData;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Puts in the descriptions of operations that are long prose (bulk load, export), from
 * {@code META-INF/api-docs/operations.json}: path, then method, then the description. The prose reads better as
 * one string there than as concatenated literals in an annotation. {@link CatalogDocumentation} runs it.
 */
final class OperationDocumentation {
    private OperationDocumentation() {
    }

    static void document(OpenAPI openAPI) {
        Map<String, Map<String, String>> described = DocumentationData.read("operations", new TypeReference<>() { });
        described.forEach((path, methods) -> {
            PathItem item = openAPI.getPaths().getPathItem(path);
            methods.forEach((method, description) -> {
                Operation operation = item.getOperations().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
                DocumentationData.first(operation.description(description), "summary", "description", "operationId");
            });
        });
    }
}
