package dev.lede.platform.security;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.platform.security.RefusalAssertions.NEED_A_KEY;
import static dev.lede.platform.security.RefusalAssertions.NOT_VALID;
import static dev.lede.platform.security.RefusalAssertions.USE_BEARER;
import static dev.lede.platform.security.RefusalAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The admin key as the README documents it, through HTTP: every refusal with its exact problem body and headers, and
 * what the key's identity may do (write, read drafts, export) that an anonymous caller may not.
 */
@QuarkusTest
class ApiKeyTest {
    static final String SOURCES = "/v1/sources";
    static final String ARTICLE = "/v1/articles/{id}";
    static final String EXPORT = "/v1/export";
    static final String WRONG_KEY = "lede-test-kez";
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Test
    void aWriteWithoutAKeyIs401WithABearerChallenge() {
        String name = "No key " + unique();
        assertUnauthorized(anonymous().body(source(name)).post(SOURCES), SOURCES, NEED_A_KEY);
        assertNothingNamed(name);
    }

    @Test
    void aWriteWithoutAKeyIsRefusedBeforeItsParametersOrBodyAreRead() {
        assertUnauthorized(anonymous().queryParam("colour", "red").body(source("Params " + unique())).post(SOURCES),
                SOURCES, NEED_A_KEY);
        assertUnauthorized(anonymous().body("{").post(SOURCES), SOURCES, NEED_A_KEY);
    }

    /** Every write the API documents, read from its own OpenAPI document, so that a new write is covered too. */
    @Test
    void everyDocumentedWriteRefusesACallerWithoutAKey() {
        Map<String, Map<String, Object>> paths = anonymous().accept("application/json").get("/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> refused = new ArrayList<>();
        paths.forEach((template, operations) -> operations.keySet().stream().filter(WRITES::contains).forEach(method -> {
            String path = template.replaceAll("\\{[^}]+}", "some-slug");
            Response response = anonymous().contentType(mediaType(operations.get(method))).body("{}".getBytes(StandardCharsets.UTF_8))
                    .request(method, path);
            assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).as(method + " " + path).startsWith("Bearer");
            refused.add(method + " " + template);
        }));
        assertThat(refused).as("the writes documented").hasSizeGreaterThan(15).contains("post /v1/bulk",
                "delete /v1/people/{idOrSlug}", "post /v1/ingest", "patch /v1/articles/{idOrSlug}");
    }

    /** The first media type the operation's documented body takes (JSON when it documents none). */
    @SuppressWarnings("unchecked")
    private static String mediaType(Object operation) {
        Object body = ((Map<String, Object>) operation).get("requestBody");
        return body == null ? "application/json"
                : ((Map<String, Map<String, Object>>) body).get("content").keySet().iterator().next();
    }

    @Test
    void aWriteWithoutAKeyToNoOperationIsStill404Or405() {
        anonymous().body(source("Nowhere")).post("/v1/no-such-collection").then().statusCode(404);
        anonymous().body(source("Nowhere")).post(SOURCES + "/some-slug").then().statusCode(405);
    }

    @Test
    void anotherSchemeIs401OnReadsAndWrites() {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + TEST_KEY).getBytes());
        assertUnauthorized(anonymous().header("Authorization", basic).body(source("Basic " + unique())).post(SOURCES),
                SOURCES, USE_BEARER);
        assertUnauthorized(anonymous().header("Authorization", basic).get(SOURCES), SOURCES, USE_BEARER);
        assertUnauthorized(anonymous().header("Authorization", TEST_KEY).get(SOURCES), SOURCES, USE_BEARER);
        assertUnauthorized(anonymous().header("Authorization", "Bearer ").get(SOURCES), SOURCES, USE_BEARER);
    }

    @Test
    void aWrongKeyIs401OnAReadAndOnAWriteAndStoresNothing() {
        String name = "Wrong key " + unique();
        assertUnauthorized(anonymous().header("Authorization", "Bearer " + WRONG_KEY).get(SOURCES), SOURCES, NOT_VALID);
        assertUnauthorized(anonymous().header("Authorization", "Bearer " + WRONG_KEY).body(source(name)).post(SOURCES),
                SOURCES, NOT_VALID);
        assertNothingNamed(name);
    }

    /** Authentication runs before routing (Quarkus's proactive authentication): a bad credential is refused first. */
    @Test
    void aKeyThatIsNotValidIsRefusedEvenWhereNoOperationIs() {
        assertUnauthorized(anonymous().header("Authorization", "Bearer " + WRONG_KEY).get("/v1/no-such-collection"),
                "/v1/no-such-collection", NOT_VALID);
        admin().get("/v1/no-such-collection").then().statusCode(404);
    }

    /** However the path is spelled, a request that reaches an operation with a wrong key is refused. */
    @Test
    void aKeyThatIsNotValidIsRefusedOnEverySpellingOfAPath() {
        for (String path : List.of("//v1//sources", "/v1/./sources", "/v1/x/../sources", "/v1/sources/", "/%761/sources")) {
            int status = anonymous().urlEncodingEnabled(false).header("Authorization", "Bearer " + WRONG_KEY)
                    .get(path).statusCode();
            assertThat(status).as(path).isIn(400, 401, 404);
        }
    }

    @Test
    void aBrowserCanReadTheRefusal() {
        anonymous().header("Origin", "https://newsroom.example").header("Authorization", "Bearer " + WRONG_KEY)
                .get(SOURCES).then().statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"));
    }

    @Test
    void theKeyWritesWhateverTheSchemeNamesCase() {
        admin().body(source("Keyed " + unique())).post(SOURCES).then().statusCode(201);
        anonymous().header("Authorization", "bearer " + TEST_KEY).body(source("Lower " + unique())).post(SOURCES)
                .then().statusCode(201);
        anonymous().header("Authorization", "BEARER   " + TEST_KEY + "  ").get(SOURCES).then().statusCode(200);
    }

    @Test
    void theKeysIdentitySeesDraftsAndGetsPrivateResponses() {
        String id = draft("Identity " + unique(), Map.of()).path("id");
        anonymous().get(ARTICLE, id).then().statusCode(404);
        admin().get(ARTICLE, id).then().statusCode(200).body("status", equalTo("draft"))
                .header("Cache-Control", equalTo("no-store, private"));
        anonymous().get(SOURCES).then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"));
        admin().get(SOURCES).then().statusCode(200).header("Cache-Control", equalTo("no-store, private"));
    }

    @Test
    void theExportNeedsTheKey() {
        assertUnauthorized(anonymous().get(EXPORT), EXPORT, "an API key is required to export the content");
        assertUnauthorized(anonymous().header("Authorization", "Bearer " + WRONG_KEY).get(EXPORT), EXPORT, NOT_VALID);
        admin().get(EXPORT).then().statusCode(200).contentType("application/x-ndjson").header("Cache-Control", "no-store");
    }

    @Test
    void pathsOutsideTheApiIgnoreTheHeader() {
        anonymous().header("Authorization", "Bearer " + WRONG_KEY).get("/q/health").then().statusCode(200);
        anonymous().header("Authorization", "Basic nope").get("/openapi").then().statusCode(200);
    }

    @Test
    void noRefusalEchoesTheKey() {
        List<Response> refusals = List.of(
                anonymous().header("Authorization", "Bearer " + WRONG_KEY).get(SOURCES),
                anonymous().header("Authorization", "Basic " + WRONG_KEY).body(source("Echo " + unique())).post(SOURCES),
                anonymous().header("Authorization", WRONG_KEY).header("If-Match", "*").delete(SOURCES + "/whatever"));
        for (Response refusal : refusals) {
            assertThat(refusal.statusCode()).isEqualTo(401);
            assertThat(refusal.asString()).doesNotContain(WRONG_KEY);
            refusal.getHeaders().forEach(header -> assertThat(header.getValue()).as(header.getName()).doesNotContain(WRONG_KEY));
        }
    }

    static Map<String, Object> source(String name) {
        return Map.of("name", name, "kind", "publisher");
    }

    static void assertNothingNamed(String name) {
        anonymous().queryParam("q", name).get(SOURCES).then().statusCode(200).body("data", hasSize(0));
    }
}
