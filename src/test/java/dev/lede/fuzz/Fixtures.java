package dev.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The resources the generated requests name: a few of each kind, created by the suite with fixed slugs
 * (fz-person-0...) and recreated whenever the fuzzing deleted, withdrew or renamed one, so that requests keep
 * reaching existing resources all run long. Also the seeded reference data (read-only), and the cursors list
 * responses returned.
 */
final class Fixtures {
    static final List<String> KINDS = List.of("source", "entity", "person", "article", "quote");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BiFunction<FuzzRequest, String, RawHttp.Response> send;
    private final Map<String, String> current = new LinkedHashMap<>();
    private final Map<String, Integer> generation = new LinkedHashMap<>();
    private String cursor = "eyJ9";

    /** @param send sends a request made by the harness (judged like the generated ones), labelled by its purpose */
    Fixtures(BiFunction<FuzzRequest, String, RawHttp.Response> send) {
        this.send = send;
    }

    /** Slugs of the seeded data per kind, in the default list order (the same every run). */
    Map<String, List<String>> references() {
        Map<String, List<String>> references = new LinkedHashMap<>();
        for (String kind : KINDS) {
            RawHttp.Response list = send.apply(get("/v1/" + plural(kind) + "?limit=3"), "list references");
            List<String> slugs = new ArrayList<>();
            json(list).path("data").forEach(item -> slugs.add(item.path("slug").asText()));
            references.put(kind, slugs.isEmpty() ? List.of("none") : slugs);
        }
        return references;
    }

    /** Creates the fixtures that are missing (all of them the first time). */
    void ensure() {
        for (String kind : KINDS) {
            for (int i = 0; i < RequestFactory.FIXTURES_PER_KIND; i++) {
                ensure(kind, i);
            }
        }
    }

    /**
     * After a successful write to a generated target: checks again the fixture it named (it may be gone, withdrawn
     * or renamed), and, for a delete, the fixtures that may have gone with it.
     */
    void touched(FuzzRequest generated, RawHttp.Response response) {
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("\\{@(\\w+):(\\d+):").matcher(generated.target());
        if (!named.find()) {
            return;
        }
        String key = named.group(1) + ":" + named.group(2);
        JsonNode body = json(response);
        boolean gone = generated.method().equals("DELETE") || generated.target().contains("/withdraw");
        if (!gone && body.path("id").asText().equals(current.get(key + ":id"))) {
            remember(key, body); // a PUT or PATCH: still there, perhaps under a new slug
            return;
        }
        ensure(named.group(1), Integer.parseInt(named.group(2)));
        if (named.group(1).equals("article") && gone) {
            for (int i = 0; i < RequestFactory.FIXTURES_PER_KIND; i++) {
                ensure("quote", i);
            }
        }
    }

    private void ensure(String kind, int index) {
        String key = kind + ":" + index;
        String slug = current.getOrDefault(key + ":slug", slug(kind, index, 0));
        RawHttp.Response found = send.apply(get("/v1/" + plural(kind) + "/" + slug), "check fixture");
        if (found.status() >= 300 && found.status() < 400) {
            String location = found.header("Location").orElse("");
            String renamed = location.substring(location.lastIndexOf('/') + 1);
            found = send.apply(get("/v1/" + plural(kind) + "/" + renamed), "check renamed fixture");
        }
        if (found.status() == 200) {
            remember(key, json(found));
            return;
        }
        int next = generation.merge(key, 1, Integer::sum);
        String fresh = slug(kind, index, next - 1);
        RawHttp.Response created = send.apply(post("/v1/" + plural(kind), body(kind, index, fresh)), "create fixture");
        if (created.status() == 409 || created.status() == 410) {
            fresh = slug(kind, index, next) + "-" + System.nanoTime() % 100000;
            generation.merge(key, 1, Integer::sum);
            created = send.apply(post("/v1/" + plural(kind), body(kind, index, fresh)), "create fixture");
        }
        if (created.status() == 201 || created.status() == 200) {
            JsonNode resource = json(created);
            remember(key, resource);
            if (kind.equals("article") && index < 2) {
                send.apply(new FuzzRequest("fixture", "POST", "/v1/articles/" + resource.path("id").asText() + "/publish",
                        FuzzRequest.headers("Authorization", "Bearer " + RequestFactory.KEY, "If-Match", "*"), null,
                        "HTTP/1.1", true, null, List.of()), "publish fixture");
            }
        }
    }

    private void remember(String key, JsonNode resource) {
        if (resource.hasNonNull("id")) {
            current.put(key + ":id", resource.path("id").asText());
            current.put(key + ":slug", resource.path("slug").asText(resource.path("id").asText()));
        }
    }

    private static String slug(String kind, int index, int generation) {
        return "fz-" + kind + "-" + index + (generation == 0 ? "" : "-g" + generation);
    }

    /**
     * Only the fixed slugs fz-KIND-N are named inside bodies: the first generation of each fixture, and the reason
     * the suite recreates it under that slug whenever it can.
     */
    private String body(String kind, int index, String slug) {
        String name = "Fuzz " + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + index;
        return switch (kind) {
            case "source" -> "{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\",\"kind\":\"publisher\",\"url\":\"https://example.org\"}";
            case "entity" -> "{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\",\"kind\":\"country\",\"aliases\":[\"Fuzzland " + index + "\"]}";
            case "person" -> "{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\",\"aliases\":[\"Fuzzer " + index + "\"]}";
            case "article" -> "{\"slug\":\"" + slug + "\",\"headline\":\"" + name + " headline\",\"language\":\"en\","
                    + "\"section\":\"world\",\"tags\":[\"fuzz\"],\"body\":[\"Fuzz Person 0 said: \\\"we are ready to go now\\\". "
                    + "Fuzz Entity 0 agreed.\"],\"people\":[{\"person\":\"fz-person-0\"}],"
                    + "\"entities\":[{\"entity\":\"fz-entity-0\"}],\"publisher\":\"fz-source-0\""
                    // The draft (index 2) carries the latest date the API accepts: a boundary value for the lists.
                    + (index == 2 ? ",\"publishedAt\":\"9999-12-31T23:59:59Z\"" : "") + "}";
            default -> "{\"slug\":\"" + slug + "\",\"text\":\"we are ready to go now\",\"article\":\"fz-article-0\","
                    + "\"speaker\":{\"type\":\"person\",\"id\":\"fz-person-0\"}}";
        };
    }

    /** The placeholders of generated targets, resolved against the fixtures as they are now. */
    Map<String, String> placeholders() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String kind : KINDS) {
            for (int i = 0; i < RequestFactory.FIXTURES_PER_KIND; i++) {
                String key = kind + ":" + i;
                map.put("{@" + key + ":slug}", current.getOrDefault(key + ":slug", slug(kind, i, 0)));
                map.put("{@" + key + ":id}", current.getOrDefault(key + ":id", "01890000-0000-7000-8000-000000000000"));
            }
        }
        map.put("{@cursor}", cursor);
        return map;
    }

    /** Keeps the last cursor a list returned, for the requests that want a real one. */
    void harvest(RawHttp.Response response) {
        if (response.status() == 200 && response.mediaType().equals("application/json")) {
            String text = response.text();
            int at = text.indexOf("\"nextCursor\":\"");
            if (at >= 0) {
                int start = at + "\"nextCursor\":\"".length();
                int end = text.indexOf('"', start);
                if (end > start) {
                    cursor = text.substring(start, end);
                }
            }
        }
    }

    static FuzzRequest get(String target) {
        return new FuzzRequest("fixture", "GET", target,
                FuzzRequest.headers("Authorization", "Bearer " + RequestFactory.KEY, "Accept", "application/json"), null,
                "HTTP/1.1", true, null, List.of());
    }

    private static FuzzRequest post(String target, String body) {
        return new FuzzRequest("fixture", "POST", target,
                FuzzRequest.headers("Authorization", "Bearer " + RequestFactory.KEY, "Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8), "HTTP/1.1", true, null, List.of());
    }

    static JsonNode json(RawHttp.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    static String plural(String kind) {
        return switch (kind) {
            case "person" -> "people";
            case "entity" -> "entities";
            default -> kind + "s";
        };
    }
}
