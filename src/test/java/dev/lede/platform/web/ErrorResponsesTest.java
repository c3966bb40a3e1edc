package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.platform.web.ProblemAssertions.badField;
import static dev.lede.platform.web.ProblemAssertions.problem;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a client sees when it sends something the API does not take: always problem+json, never a 500. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void textPlainBodyIs415() {
        problem(admin().contentType("text/plain").body("name=X").post("/v1/sources").then(), 415, "/v1/sources");
    }

    @Test
    void unsupportedMethodIs405WithAllow() {
        problem(admin().contentType("application/merge-patch+json").body("{}").patch("/v1/sources").then(),
                405, "/v1/sources")
                .header("Allow", allOf(containsString("GET"), containsString("POST"), not(containsString("PUT"))));
        problem(admin().post("/v1/sources/some-slug").then(), 405, "/v1/sources/some-slug")
                .header("Allow", allOf(containsString("PUT"), containsString("PATCH"), containsString("DELETE"),
                        not(containsString("POST"))));
    }

    @Test
    void unknownPathIs404Problem() {
        problem(anonymous().get("/v1/no-such-collection").then(), 404, "/v1/no-such-collection");
        problem(anonymous().get("/v1/sources/a/b/c").then(), 404, "/v1/sources/a/b/c");
    }

    @Test
    void malformedJsonIs400() {
        badField(admin().body("{\"name\": \"X\", ").post("/v1/sources").then(), "/v1/sources", "body");
        badField(admin().body("not json at all").post("/v1/sources").then(), "/v1/sources", "body");
    }

    @Test
    void anArrayInsteadOfAnObjectIs400() {
        badField(admin().body("[{\"name\": \"X\", \"kind\": \"publisher\"}]").post("/v1/sources").then(),
                "/v1/sources", "body");
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        String name = "Typed " + unique();
        badField(admin().body(Map.of("name", 42, "kind", "publisher")).post("/v1/sources").then(), "/v1/sources", "name");
        badField(admin().body(Map.of("name", name, "kind", 7)).post("/v1/sources").then(), "/v1/sources", "kind");
        // An enum index that exists must not be taken as its constant either.
        badField(admin().body(Map.of("name", name, "kind", 1)).post("/v1/sources").then(), "/v1/sources", "kind");
        badField(admin().body(Map.of("name", name, "kind", "publisher", "aliases", "x")).post("/v1/sources").then(),
                "/v1/sources", "aliases");
        badField(admin().body(Map.of("name", name, "kind", "publisher", "aliases", java.util.List.of(1, 2)))
                .post("/v1/sources").then(), "/v1/sources", "aliases[0]");
        badField(admin().body(Map.of("name", Map.of("text", name), "kind", "publisher")).post("/v1/sources").then(),
                "/v1/sources", "name");
        anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(OK).body("data", hasSize(0));
    }

    @Test
    void unknownFieldIs400NamingIt() {
        badField(admin().body(Map.of("name", "X " + unique(), "kind", "publisher", "colour", "red"))
                .post("/v1/sources").then(), "/v1/sources", "colour")
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void stringsOverTheColumnSizeAre400NamingTheField() {
        String name = "Long " + unique();
        badField(admin().body(Map.of("name", "n".repeat(301), "kind", "publisher")).post("/v1/sources").then(),
                "/v1/sources", "name");
        badField(admin().body(Map.of("name", name, "kind", "publisher", "url", "https://x.example/" + "a".repeat(2000)))
                .post("/v1/sources").then(), "/v1/sources", "url");
        badField(admin().body(Map.of("name", name, "kind", "publisher", "aliases", java.util.List.of("a".repeat(301))))
                .post("/v1/sources").then(), "/v1/sources", "aliases[0]");
        badField(admin().body(Map.of("name", name, "kind", "publisher", "slug", "s".repeat(201)))
                .post("/v1/sources").then(), "/v1/sources", "slug");
        // A language tag that matches the BCP 47 shape but is longer than the 35-character column.
        badField(admin().body(Map.of("name", name, "kind", "publisher", "language", "en" + "-abcdefgh".repeat(5)))
                .post("/v1/sources").then(), "/v1/sources", "language");
        anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(OK).body("data", hasSize(0));
    }

    @Test
    void invalidCursorsAre400NamingCursor() {
        String notBase64 = "%%%not-base64%%%";
        String notJson = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("hello, world".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String jsonArray = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("[1,2]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String cursor : new String[] {notBase64, notJson, jsonArray, "x".repeat(3000)}) {
            try {
                badField(anonymous().queryParam("cursor", cursor).get("/v1/sources").then(), "/v1/sources", "cursor");
            } catch (AssertionError e) {
                throw new AssertionError("cursor " + cursor.substring(0, Math.min(40, cursor.length())) + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void aCursorFromAnotherQueryIs400() {
        String tag = "cur" + unique();
        for (int i = 0; i < 3; i++) {
            admin().body(Map.of("name", tag + " " + i, "kind", "other")).post("/v1/sources").then().statusCode(CREATED);
        }
        String cursor = anonymous().queryParam("q", tag).queryParam("limit", 1).get("/v1/sources").then()
                .statusCode(OK).extract().path("meta.nextCursor");
        anonymous().queryParam("q", tag).queryParam("cursor", cursor).queryParam("limit", 1).get("/v1/sources").then()
                .statusCode(OK).body("data[0].name", equalTo(tag + " 1"));
        badField(anonymous().queryParam("q", tag + " 2").queryParam("cursor", cursor).get("/v1/sources").then(),
                "/v1/sources", "cursor");
        badField(anonymous().queryParam("cursor", cursor).get("/v1/sources").then(), "/v1/sources", "cursor");
        badField(anonymous().queryParam("q", tag).queryParam("sort", "-name").queryParam("cursor", cursor)
                .get("/v1/sources").then(), "/v1/sources", "cursor");
    }

    @Test
    void aTamperedCursorIs400() {
        String tag = "tamper" + unique();
        for (int i = 0; i < 2; i++) {
            admin().body(Map.of("name", tag + " " + i, "kind", "other")).post("/v1/sources").then().statusCode(CREATED);
        }
        String cursor = anonymous().queryParam("q", tag).queryParam("sort", "updatedAt").queryParam("limit", 1)
                .get("/v1/sources").then().statusCode(OK).extract().path("meta.nextCursor");
        String json = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
        String tampered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                json.replaceFirst("\"v\":\"[^\"]*\"", "\"v\":\"yesterday\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        badField(anonymous().queryParam("q", tag).queryParam("sort", "updatedAt").queryParam("cursor", tampered)
                .get("/v1/sources").then(), "/v1/sources", "cursor");
    }
}
