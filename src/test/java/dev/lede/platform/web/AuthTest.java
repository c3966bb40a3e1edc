package dev.lede.platform.web;

import static dev.lede.platform.web.ProblemAssertions.problem;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bearer keys: writes need the admin key, a key that is sent must be valid, and a key is never echoed. */
@QuarkusTest
class AuthTest {
    private static final String TYPO = "lede-test-kez-" + unique();

    @Test
    void aWriteWithoutAKeyIs401WithAChallenge() {
        String name = "No key " + unique();
        problem(anonymous().body(Map.of("name", name, "kind", "publisher")).post("/v1/sources").then(), 401, "/v1/sources")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("errors.field", hasItem("Authorization"));
        anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void anotherSchemeIs401() {
        problem(anonymous().header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + TEST_KEY).getBytes())).body(Map.of("name", "Basic " + unique(), "kind", "publisher"))
                .post("/v1/sources").then(), 401, "/v1/sources")
                .header("WWW-Authenticate", startsWith("Bearer"));
        // The key alone, without a scheme, is not accepted either.
        problem(anonymous().header("Authorization", TEST_KEY).get("/v1/sources").then(), 401, "/v1/sources");
        problem(anonymous().header("Authorization", "Bearer ").get("/v1/sources").then(), 401, "/v1/sources");
    }

    @Test
    void aWrongKeyOnAReadIs401NotASilentAnonymousRead() {
        problem(anonymous().header("Authorization", "Bearer " + TYPO).get("/v1/sources").then(), 401, "/v1/sources")
                .header("WWW-Authenticate", startsWith("Bearer"));
        String slug = admin().body(Map.of("name", "Keyed " + unique(), "kind", "publisher")).post("/v1/sources")
                .then().statusCode(201).extract().path("slug");
        problem(anonymous().header("Authorization", "Bearer " + TYPO).get("/v1/sources/" + slug).then(), 401,
                "/v1/sources/" + slug);
        // Scheme names are case-insensitive (RFC 9110 section 11.1).
        anonymous().header("Authorization", "bearer " + TEST_KEY).get("/v1/sources/" + slug).then().statusCode(200);
    }

    @Test
    void aWrongKeyOnAWriteIs401AndStoresNothing() {
        String name = "Wrong key " + unique();
        problem(anonymous().header("Authorization", "Bearer " + TYPO).body(Map.of("name", name, "kind", "publisher"))
                .post("/v1/sources").then(), 401, "/v1/sources");
        anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void noResponseBodyEverContainsAKey() {
        String name = "Secret " + unique();
        List<Response> responses = new ArrayList<>();
        Response created = admin().body(Map.of("name", name, "kind", "publisher")).post("/v1/sources");
        responses.add(created);
        String id = created.path("id");
        responses.add(admin().get("/v1/sources/" + id));
        responses.add(admin().queryParam("colour", "red").get("/v1/sources"));
        responses.add(admin().body("{").post("/v1/sources"));
        responses.add(admin().body(Map.of("name", name, "kind", "nope")).put("/v1/sources/" + id));
        responses.add(anonymous().header("Authorization", "Bearer " + TYPO).get("/v1/sources"));
        responses.add(anonymous().header("Authorization", "Bearer " + TYPO).body(Map.of("name", name, "kind", "publisher"))
                .post("/v1/sources"));
        responses.add(anonymous().header("Authorization", "Basic " + TYPO).get("/v1/sources/" + id));
        responses.add(anonymous().header("Authorization", TYPO).delete("/v1/sources/" + id));
        for (Response response : responses) {
            String body = response.asString();
            assertThat(body).doesNotContain(TEST_KEY).doesNotContain(TYPO);
            response.getHeaders().forEach(header -> assertThat(header.getValue())
                    .as(header.getName()).doesNotContain(TEST_KEY).doesNotContain(TYPO));
        }
        assertThat(responses).extracting(Response::statusCode).containsExactly(201, 200, 400, 400, 400, 401, 401, 401, 401);
    }
}
