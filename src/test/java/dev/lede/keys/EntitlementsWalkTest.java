package dev.lede.keys;

import static dev.lede.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * "Never sees an item outside its entitlement in any list": every GET operation of the served OpenAPI document (so
 * one added later is covered the day it is added) is called with a limited key, its path parameters filled with an
 * outside article's id and slug (or its quote's) where they name an article or a quote, with the person, entity or
 * source both articles name elsewhere; list operations plain, and with the parameters that would find the outside
 * article (q, tag, person, article). No response shows the outside articles' ids, slugs or their own words, and the
 * items answer 404. The same walk with an unrestricted key does show them: the walk can fail.
 */
@QuarkusTest
class EntitlementsWalkTest {
    @Test
    void noGetOperationShowsAnythingOutsideTheEntitlements() {
        Licensed world = Licensed.made();
        Keys unrestricted = Keys.withScopes("partner");
        List<String> walked = new ArrayList<>();
        StringBuilder unrestrictedBodies = new StringBuilder();
        operations().forEach((template, parameters) -> {
            for (Licensed.Piece out : world.outsides()) {
                for (String path : paths(template, world, out)) {
                    for (Map<String, String> query : queries(parameters, world, out)) {
                        Response limited = call(world.entitled()::request, path, query);
                        String what = "GET " + path + " " + query + " (" + limited.statusCode() + ")";
                        assertThat(out.shownIn(withoutEchoes(limited.asString(), path, query))).as(what + " hides " + out.word()).isFalse();
                        assertThat(limited.statusCode()).as(what).isNotEqualTo(500);
                        if (namesOutsideItem(template)) {
                            assertThat(limited.statusCode()).as(what).isEqualTo(404);
                        }
                        unrestrictedBodies.append(call(unrestricted::request, path, query).asString());
                        walked.add(what);
                    }
                }
            }
        });
        assertThat(walked).hasSizeGreaterThan(100);
        assertThat(world.outsides()).as("an unrestricted key is shown them in the same walk")
                .allMatch(out -> out.shownIn(unrestrictedBodies.toString()));
    }

    /** The concrete paths for a template: article and quote keys by id and slug, catalog keys by slug. */
    private static List<String> paths(String template, Licensed world, Licensed.Piece out) {
        List<String> paths = new ArrayList<>();
        String catalog = template.replace("{n}", "1")
                .replaceFirst("^/v1/people/\\{idOrSlug}", "/v1/people/" + world.person())
                .replaceFirst("^/v1/entities/\\{idOrSlug}", "/v1/entities/" + world.entity())
                .replaceFirst("^/v1/sources/\\{idOrSlug}", "/v1/sources/" + world.sourceSlug());
        if (template.startsWith("/v1/articles/{idOrSlug}")) {
            paths.add(catalog.replace("{idOrSlug}", out.id()));
            paths.add(catalog.replace("{idOrSlug}", out.slug()));
        } else if (template.startsWith("/v1/quotes/{idOrSlug}")) {
            paths.add(catalog.replace("{idOrSlug}", out.quoteId()));
            paths.add(catalog.replace("{idOrSlug}", out.quoteSlug()));
        } else {
            paths.add(catalog.replaceAll("\\{[^}]+}", "no-such-thing"));
        }
        return paths;
    }

    /** The plain call, and one with each parameter the operation takes that would find the outside article. */
    private static List<Map<String, String>> queries(List<String> parameters, Licensed world, Licensed.Piece out) {
        List<Map<String, String>> queries = new ArrayList<>();
        queries.add(Map.of());
        Map<String, String> finding = Map.of("q", out.word(), "tag", world.tag(), "person", world.person(),
                "article", out.id(), "since", "c1", "types", "article,quote");
        finding.forEach((name, value) -> {
            if (parameters.contains(name)) {
                queries.add(Map.of(name, value));
            }
        });
        if (parameters.contains("q")) {
            queries.add(Map.of("q", "kestrel" + world.u()));
        }
        return queries;
    }

    /**
     * The body less what merely echoes the request (links to the page itself, a problem's instance and detail naming
     * the key asked for): the request's path, each of its query parameters as name=value, and each value quoted. The slug asked for is
     * removed, its words are not: a headline shown would still be seen.
     */
    private static String withoutEchoes(String body, String path, Map<String, String> query) {
        String visible = body.replace(path, "");
        for (String segment : path.split("/")) {
            visible = visible.replace("'" + segment + "'", "''");
        }
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            visible = visible.replace(parameter.getKey() + "=" + parameter.getValue(), "").replace("'" + parameter.getValue() + "'", "''")
                    .replace(parameter.getKey() + "=" + java.net.URLEncoder.encode(parameter.getValue(), java.nio.charset.StandardCharsets.UTF_8), "");
        }
        return visible;
    }

    private static boolean namesOutsideItem(String template) {
        return template.startsWith("/v1/articles/{idOrSlug}") || template.startsWith("/v1/quotes/{idOrSlug}");
    }

    private static Response call(Supplier<RequestSpecification> caller, String path, Map<String, String> query) {
        RequestSpecification request = caller.get().urlEncodingEnabled(true);
        Map<String, String> sent = new LinkedHashMap<>(query);
        if ("c1".equals(sent.get("since"))) {
            sent.put("since", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("c1:0".getBytes()));
        }
        sent.forEach(request::queryParam);
        return request.get(path);
    }

    /** Each GET path template of the served document and the names of its query parameters. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> operations() {
        Map<String, Map<String, Object>> paths = anonymous().accept("application/json").get("/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, List<String>> operations = new LinkedHashMap<>();
        paths.forEach((template, item) -> {
            Object get = item.get("get");
            if (get != null) {
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) get)
                        .getOrDefault("parameters", List.of());
                operations.put(template, parameters.stream().filter(p -> "query".equals(p.get("in")))
                        .map(p -> (String) p.get("name")).toList());
            }
        });
        return operations;
    }
}
