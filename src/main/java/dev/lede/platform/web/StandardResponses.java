package dev.lede.platform.web;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the responses that every operation of a given shape can give, so that resources declare only what
 * is theirs (success statuses, 409, 410, 422): any request may carry an unknown parameter (400) or a bad key
 * (401); a GET may answer 304; a write needs a configured key (403) and may find another write holding what it needs
 * (503; not a bulk load, which reports that per line); a body may be too large or of the wrong type
 * (413, 415); If-Match writes may be stale or lack it (412, 428); an {idOrSlug} may not exist (404) or be an old
 * slug (301). The responses themselves are described once, in {@link LedeApplication}.
 */
public class StandardResponses implements OASFilter {
    /** The reads answered without an ETag, so never with a 304: typeahead (computed per keystroke), admin state, the change feed. */
    private static final java.util.Set<String> UNTAGGED = java.util.Set.of("suggest", "searchIndexes", "listChanges",
            "listWebhooks", "getWebhook", "listWebhookDeliveries");
    /** The reads only a key holder makes, never kept by a shared cache. */
    private static final java.util.Set<String> PRIVATE = java.util.Set.of("export");

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        SharedCacheHeaders.define(openAPI.getComponents());
    }

    @Override
    public PathItem filterPathItem(PathItem item) {
        boolean addressed = item.getParameters() != null && item.getParameters().stream().anyMatch(StandardResponses::isIdOrSlug);
        item.getOperations().forEach((method, operation) -> complete(method, operation, addressed));
        return item;
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, boolean addressedByPath) {
        APIResponses responses = operation.getResponses();
        boolean addressed = addressedByPath || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(StandardResponses::isIdOrSlug));
        add(responses, "400", "BadRequest");
        add(responses, "401", "Unauthorized");
        if (method == PathItem.HttpMethod.GET) {
            if (operation.getOperationId() == null || !UNTAGGED.contains(operation.getOperationId())) {
                add(responses, "304", "NotModified");
            }
            if (addressed) {
                add(responses, "301", "Moved");
            }
            if (!UNTAGGED.contains(String.valueOf(operation.getOperationId())) && !PRIVATE.contains(String.valueOf(operation.getOperationId()))) {
                SharedCacheHeaders.addTo(responses.getAPIResponse("200"));
            }
        } else {
            add(responses, "403", "Forbidden");
            if (!isBulk(operation)) {
                add(responses, "503", "Busy");
            }
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "PayloadTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
            add(responses, "412", "PreconditionFailed");
            add(responses, "428", "PreconditionRequired");
        }
        if (addressed) {
            add(responses, "404", "NotFound");
        }
        sort(responses);
    }

    /** An NDJSON bulk load answers 200 with the lines it could not store, whatever their reason. */
    private static boolean isBulk(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("application/x-ndjson");
    }

    private static boolean isIdOrSlug(Parameter parameter) {
        return parameter.getIn() == Parameter.In.PATH && "idOrSlug".equals(parameter.getName());
    }

    private static void add(APIResponses responses, String code, String ref) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }

    /** Status codes in ascending order, so the generated document is the same on every build. */
    private static void sort(APIResponses responses) {
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.keySet().forEach(responses::removeAPIResponse);
        sorted.forEach(responses::addAPIResponse);
    }
}
