package dev.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the OpenAPI document the server serves, reduced to what the generator needs: each operation's
 * parameters with the values the document shows as valid (schema enum, example, the lists in the description, the
 * properties and enums of the response items), and its request bodies with their schemas ($ref resolved).
 */
final class ApiModel {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    enum Kind { INTEGER, BOOLEAN, DATE_TIME, TOKENS, REFERENCE, CURSOR, TEXT }

    record Param(String name, String in, boolean array, boolean required, Kind kind, List<String> valid,
                 String referenceKind, String description) {
    }

    record Operation(String method, String path, String operationId, List<Param> params,
                     Map<String, JsonNode> bodies, boolean bodyRequired, boolean secured) {
        String label() {
            return method + " " + path;
        }

        List<Param> query() {
            return params.stream().filter(p -> p.in().equals("query")).toList();
        }

        Param header(String name) {
            return params.stream().filter(p -> p.in().equals("header") && p.name().equalsIgnoreCase(name))
                    .findFirst().orElse(null);
        }

        boolean hasPathParam() {
            return path.contains("{");
        }

        /** The collection a path parameter names ("article" for /v1/articles/{idOrSlug}...). */
        String resource() {
            String[] segments = path.split("/");
            return segments.length > 2 ? singular(segments[2]) : "";
        }
    }

    final JsonNode root;
    final List<Operation> operations = new ArrayList<>();
    final Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();

    ApiModel(JsonNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").properties().iterator();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method.toLowerCase(Locale.ROOT));
                if (operation == null) {
                    continue;
                }
                methodsByPath.computeIfAbsent(path.getKey(), k -> new LinkedHashSet<>()).add(method);
                operations.add(operation(method, path.getKey(), operation, path.getValue()));
            }
        }
        // A merge patch schema that is only {type: object} takes its fields from the PUT of the same path.
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            JsonNode patch = op.bodies().get("application/merge-patch+json");
            if (patch != null && !patch.has("properties")) {
                Operation put = operations.stream().filter(o -> o.path().equals(op.path()) && o.method().equals("PUT"))
                        .findFirst().orElse(null);
                if (put != null && put.bodies().containsKey("application/json")) {
                    Map<String, JsonNode> bodies = new LinkedHashMap<>(op.bodies());
                    bodies.put("application/merge-patch+json", put.bodies().get("application/json"));
                    operations.set(i, new Operation(op.method(), op.path(), op.operationId(), op.params(), bodies,
                            op.bodyRequired(), op.secured()));
                }
            }
        }
    }

    static ApiModel parse(byte[] json) throws IOException {
        return new ApiModel(new ObjectMapper().readTree(json));
    }

    private Operation operation(String method, String path, JsonNode node, JsonNode pathItem) {
        List<Param> params = new ArrayList<>();
        JsonNode itemSchema = responseItemSchema(node);
        for (JsonNode source : List.of(pathItem.path("parameters"), node.path("parameters"))) {
            for (JsonNode p : source) {
                params.add(param(p, path, itemSchema));
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode content = node.path("requestBody").path("content");
        content.properties().forEach(e -> bodies.put(e.getKey(), resolve(e.getValue().path("schema"))));
        boolean secured = false;
        for (JsonNode requirement : node.path("security")) {
            secured |= requirement.size() > 0;
        }
        return new Operation(method, path, node.path("operationId").asText(method + " " + path), params, bodies,
                node.path("requestBody").path("required").asBoolean(false), secured);
    }

    private Param param(JsonNode p, String path, JsonNode itemSchema) {
        String name = p.path("name").asText();
        String in = p.path("in").asText();
        JsonNode schema = resolve(p.path("schema"));
        boolean array = schema.path("type").asText().equals("array");
        String description = p.path("description").asText("");
        String example = p.has("example") ? p.get("example").asText() : null;
        Set<String> valid = new LinkedHashSet<>();
        JsonNode enumNode = array ? resolve(schema.path("items")).path("enum") : schema.path("enum");
        enumNode.forEach(v -> valid.add(v.asText()));
        Kind kind;
        String referenceKind = null;
        String lower = description.toLowerCase(Locale.ROOT);
        if (name.equals("cursor")) {
            kind = Kind.CURSOR;
        } else if (lower.contains("id or slug") || in.equals("path")) {
            kind = Kind.REFERENCE;
            referenceKind = in.equals("path") ? singularOfPath(path) : singular(name);
        } else if (example != null && example.matches("-?\\d+")) {
            kind = Kind.INTEGER;
            Matcher range = Pattern.compile("(\\d+) to (\\d+)").matcher(description);
            if (range.find()) {
                valid.add(range.group(1));
                valid.add(range.group(2));
            }
        } else if ("true".equals(example) || "false".equals(example)) {
            kind = Kind.BOOLEAN;
            valid.add("true");
            valid.add("false");
        } else if (example != null && example.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            kind = Kind.DATE_TIME;
        } else {
            valid.addAll(listedTokens(description));
            if (name.equals("fields") && itemSchema != null) {
                itemSchema.path("properties").fieldNames().forEachRemaining(valid::add);
            }
            JsonNode property = itemSchema == null ? null : resolve(itemSchema.path("properties").path(name));
            if (property != null) {
                property.path("enum").forEach(v -> valid.add(v.asText()));
            }
            kind = valid.isEmpty() ? Kind.TEXT : Kind.TOKENS;
        }
        if (example != null) {
            valid.add(example);
        }
        return new Param(name, in, array, p.path("required").asBoolean(false), kind, List.copyOf(valid), referenceKind,
                description);
    }

    /** The schema of one item of a list response (data[]), or of the single resource. */
    private JsonNode responseItemSchema(JsonNode operation) {
        JsonNode ok = operation.path("responses").path("200").path("content").path("application/json").path("schema");
        if (ok.isMissingNode()) {
            return null;
        }
        JsonNode schema = resolve(ok);
        JsonNode data = schema.path("properties").path("data");
        if (!data.isMissingNode() && data.path("type").asText("array").equals("array") && data.has("items")) {
            return resolve(data.path("items"));
        }
        return schema;
    }

    /**
     * Words a description lists as the accepted values: "Sort order: -publishedAt (default), publishedAt, headline."
     * gives -publishedAt, publishedAt and headline. A list is a run of comma-separated single words (or "x or y").
     */
    static List<String> listedTokens(String description) {
        List<String> tokens = new ArrayList<>();
        for (String sentence : description.split("\\.(\\s|$)")) {
            if (!sentence.contains(",")) {
                continue;
            }
            String list = sentence.contains(":") ? sentence.substring(sentence.indexOf(':') + 1) : sentence;
            list = list.replaceAll("\\([^)]*\\)", " ");
            List<String> found = new ArrayList<>();
            for (String segment : list.split(",\\s*|\\s+or\\s+")) {
                String token = segment.trim().replaceFirst("^or\\s+", "");
                if (token.matches("-?[A-Za-z_][A-Za-z_]*")) {
                    found.add(token);
                }
            }
            if (found.size() >= 2) {
                tokens.addAll(found);
            }
        }
        return tokens;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 10; depth++) {
            String ref = current.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                return current;
            }
            // OpenAPI 3.1 allows siblings next to $ref (description, type): the referenced schema wins.
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            current = merged;
        }
        return current;
    }

    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    private static String singularOfPath(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? singular(segments[2]) : "";
    }

    static String singular(String plural) {
        return switch (plural) {
            case "people" -> "person";
            case "entities" -> "entity";
            default -> plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        };
    }
}
