package dev.lede.support;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Api.admin;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates test data through the public API, so every test owns what it reads. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String person(String name, String... aliases) {
        return admin().body(Map.of("name", name, "aliases", List.of(aliases))).post("/v1/people")
                .then().statusCode(CREATED).extract().path("slug");
    }

    public static String entity(String name, String kind, String... aliases) {
        return admin().body(Map.of("name", name, "kind", kind, "aliases", List.of(aliases))).post("/v1/entities")
                .then().statusCode(CREATED).extract().path("slug");
    }

    public static String source(String name, String kind, String... aliases) {
        return admin().body(Map.of("name", name, "kind", kind, "aliases", List.of(aliases))).post("/v1/sources")
                .then().statusCode(CREATED).extract().path("slug");
    }

    /** A draft article; {@code extra} adds or overrides members of the minimal body. */
    public static ExtractableResponse<Response> draft(String headline, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("headline", headline);
        body.put("language", "en");
        body.put("body", List.of("First paragraph of " + headline + ".", "Second paragraph."));
        body.putAll(extra);
        return admin().body(body).post("/v1/articles").then().statusCode(CREATED).extract();
    }

    /** A published article; returns the publish response (status, version 1, new ETag). */
    public static ExtractableResponse<Response> published(String headline, Map<String, Object> extra) {
        String id = draft(headline, extra).path("id");
        return admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", id)
                .then().statusCode(OK).extract();
    }
}
