package dev.lede.keys;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each scope allows exactly its operations: every operation of the API's own OpenAPI document (so a new one is
 * covered the day it is added) is called by an anonymous caller, by a key of each scope and by the configured admin
 * key. An operation that needs a scope answers 401 without a key and 403 to a key without the scope; every other
 * call gets past security (anything but 401 and 403: each is made to fail harmlessly after it, a nonexistent id and
 * an unknown parameter, so nothing is written).
 */
@QuarkusTest
class ScopesTest {
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /** What each operation needs that is not the default: a write needs content:write, a read nothing. */
    private static final Map<String, String> NEEDS = Map.ofEntries(
            Map.entry("post /v1/keys", "admin"), Map.entry("get /v1/keys", "admin"),
            Map.entry("get /v1/keys/{id}", "admin"), Map.entry("delete /v1/keys/{id}", "admin"),
            Map.entry("post /v1/admin/reindex", "admin"), Map.entry("get /v1/admin/reindex", "admin"),
            Map.entry("get /v1/export", "admin"),
            Map.entry("post /v1/ingest", "ingest"), Map.entry("get /v1/review", "content:read"),
            Map.entry("post /v1/webhooks", "admin"), Map.entry("get /v1/webhooks", "admin"),
            Map.entry("get /v1/webhooks/{id}", "admin"), Map.entry("patch /v1/webhooks/{id}", "admin"),
            Map.entry("delete /v1/webhooks/{id}", "admin"), Map.entry("post /v1/webhooks/{id}/rotate-secret", "admin"),
            Map.entry("post /v1/webhooks/{id}/replay", "admin"), Map.entry("get /v1/webhooks/{id}/deliveries", "admin"),
            Map.entry("post /v1/webhooks/{id}/deliveries/{deliveryId}/retry", "admin"));
    private static final List<String> SCOPES = List.of("content:read", "content:write", "ingest", "partner", "admin");

    @Test
    void eachScopeAllowsExactlyItsOperations() {
        Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
        for (String scope : SCOPES) {
            Keys key = Keys.withScopes(scope);
            callers.put(scope, key::request);
        }
        callers.put("admin (LEDE_ADMIN_KEY)", dev.lede.support.Api::admin);
        List<String> checked = new ArrayList<>();
        operations().forEach((template, operations) -> operations.forEach((method, operation) -> {
            String needed = NEEDS.getOrDefault(method + " " + template, WRITES.contains(method) ? "content:write" : null);
            String path = template.replaceAll("\\{[^}]+}", "no-such-thing");
            int anonymous = call(anonymous(), method, path, operation).statusCode();
            assertThat(anonymous).as("anonymous " + method + " " + template).isNotEqualTo(403);
            if (needed != null) {
                assertThat(anonymous).as("anonymous " + method + " " + template).isEqualTo(401);
            } else {
                assertThat(anonymous).as("anonymous " + method + " " + template).isNotEqualTo(401);
            }
            callers.forEach((scope, caller) -> {
                boolean allowed = needed == null || scope.startsWith("admin") || scope.equals(needed);
                int status = call(caller.get(), method, path, operation).statusCode();
                if (allowed) {
                    assertThat(status).as(scope + " " + method + " " + template).isNotIn(401, 403);
                } else {
                    assertThat(status).as(scope + " " + method + " " + template).isEqualTo(403);
                }
            });
            checked.add(method + " " + template);
        }));
        assertThat(checked).hasSizeGreaterThan(40).contains("post /v1/keys", "delete /v1/keys/{id}", "post /v1/ingest",
                "post /v1/bulk", "patch /v1/articles/{idOrSlug}", "get /v1/export", "post /v1/articles/{idOrSlug}/kill");
        NEEDS.keySet().forEach(operation -> assertThat(checked).as("the table names operations that exist").contains(operation));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> paths = anonymous().accept("application/json").get("/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        paths.forEach((template, item) -> {
            Map<String, Object> methods = new LinkedHashMap<>();
            item.forEach((method, operation) -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    methods.put(method, operation);
                }
            });
            operations.put(template, methods);
        });
        return operations;
    }

    /** The call, made to fail after security: an unknown parameter (and index, which reindexing checks first). */
    private static Response call(RequestSpecification request, String method, String path, Object operation) {
        request.queryParam("index", "no-such-index").queryParam("scope-probe", "1").header("If-Match", "*");
        if (WRITES.contains(method)) {
            request.contentType(mediaType(operation)).body("{}".getBytes(StandardCharsets.UTF_8));
        }
        return request.request(method, path);
    }

    @SuppressWarnings("unchecked")
    private static String mediaType(Object operation) {
        Object body = ((Map<String, Object>) operation).get("requestBody");
        return body == null ? "application/json"
                : ((Map<String, Map<String, Object>>) body).get("content").keySet().iterator().next();
    }
}
