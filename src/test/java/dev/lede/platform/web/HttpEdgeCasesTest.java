package dev.lede.platform.web;

import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.refusesParameter;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Edge cases a demanding client runs into: races, repeated parameters, weak tags, transport-level errors. */
@QuarkusTest
class HttpEdgeCasesTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldGiveEveryConcurrentCreateOfTheSameNameItsOwnSlug() throws Exception {
        String name = "Race " + unique();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<io.restassured.response.Response>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return admin().body(Map.of("name", name, "kind", "other")).post("/v1/sources");
            }));
        }
        start.countDown();
        Set<String> slugs = new HashSet<>();
        for (Future<io.restassured.response.Response> result : results) {
            io.restassured.response.Response response = result.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            slugs.add(response.path("slug"));
        }
        pool.shutdown();
        assertThat(slugs).hasSize(6);
    }

    @Test
    void shouldApplyAFilterOnTopOfARelationViewOfTheSameKind() {
        String tag = unique();
        String kirby = person("Scope Kirby " + tag);
        String other = person("Scope Other " + tag);
        published("Scoped " + tag, Map.of("people", List.of(Map.of("person", kirby))));
        anonymous().queryParam("person", other).get("/v1/people/{idOrSlug}/articles", kirby).then().statusCode(OK)
                .body("data", hasSize(0));
        anonymous().queryParam("person", kirby).get("/v1/people/{idOrSlug}/articles", kirby).then().statusCode(OK)
                .body("data", hasSize(1));
    }

    @Test
    void shouldRefuseRepeatedSingleValuedParametersAndAnEmptyCursor() {
        anonymous().queryParam("limit", 5).queryParam("limit", 6).get("/v1/articles").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("limit"));
        refusesParameter("/v1/articles", "cursor", "");
        anonymous().queryParam("status", "bogus").header("Authorization", "Bearer " + dev.lede.support.Api.TEST_KEY)
                .get("/v1/articles").then().statusCode(BAD_REQUEST).body("errors[0].message", containsString("all"));
    }

    @Test
    void shouldTakeOnlyAsciiDigitsAndRfc3339DatesInParameters() {
        refusesParameter("/v1/articles", "limit", "\u0663");
        refusesParameter("/v1/articles", "publishedAfter", "+99999-01-01T00:00:00Z");
        anonymous().queryParam("publishedAfter", "2022-12-09").get("/v1/articles").then().statusCode(OK);
    }

    @Test
    void shouldPageThroughArticlesDatedAtTheEndsOfTime() {
        String tag = "t" + unique();
        published("Far future " + tag, Map.of("tags", List.of(tag), "publishedAt", "9999-12-31T23:59:59Z"));
        published("Far past " + tag, Map.of("tags", List.of(tag), "publishedAt", "0001-01-01T00:00:00Z"));
        for (String sort : List.of("-publishedAt", "publishedAt")) {
            String cursor = anonymous().queryParam("tag", tag).queryParam("limit", 1).queryParam("sort", sort)
                    .get("/v1/articles").then().statusCode(OK).body("data", hasSize(1)).extract().path("meta.nextCursor");
            anonymous().queryParam("tag", tag).queryParam("limit", 1).queryParam("sort", sort).queryParam("cursor", cursor)
                    .get("/v1/articles").then().statusCode(OK).body("data", hasSize(1));
        }
    }

    @Test
    void shouldRefuseFractionsWhereCountsAreExpected() {
        String kirby = person("Fraction " + unique());
        admin().body(Map.of("headline", "Fractions", "language", "en",
                        "people", List.of(Map.of("person", kirby, "mentions", 2.9))))
                .post("/v1/articles").then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("people[0].mentions"));
    }

    @Test
    void shouldCompareETagsAsRfc9110Says() {
        String slug = source("Tags " + unique(), "other");
        String etag = anonymous().get("/v1/sources/{idOrSlug}", slug).then().statusCode(OK)
                .header("Vary", containsString("Origin")).extract().header("ETag");
        anonymous().header("If-None-Match", "W/" + etag).get("/v1/sources/{idOrSlug}", slug).then().statusCode(NOT_MODIFIED);
        anonymous().header("If-None-Match", "*").get("/v1/sources/{idOrSlug}", slug).then().statusCode(NOT_MODIFIED);
        anonymous().header("If-None-Match", "\"other\", " + etag).get("/v1/sources/{idOrSlug}", slug).then().statusCode(NOT_MODIFIED);
        admin().contentType("application/merge-patch+json").header("If-Match", "W/" + etag).body("{\"url\": null}")
                .patch("/v1/sources/{idOrSlug}", slug).then().statusCode(PRECONDITION_FAILED);
        admin().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"country\": \"BR\"}")
                .patch("/v1/sources/{idOrSlug}", slug).then().statusCode(OK);
        anonymous().header("If-None-Match", etag).get("/v1/sources/{idOrSlug}", slug).then().statusCode(OK);
    }

    @Test
    void shouldKeepTheDateOfAWithdrawnArticle() {
        String id = published("Dated " + unique(), Map.of("publishedAt", "2022-03-01T00:00:00Z")).path("id");
        admin().header("If-Match", "*").body(Map.of("reason", "Error")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"publishedAt\": null}")
                .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("publishedAt", equalTo("2022-03-01T00:00:00Z"));
    }

    @Test
    void shouldAnswerTransportErrorsWithProblems() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> tooLong = client.send(HttpRequest.newBuilder(
                URI.create(root + "v1/articles?tag=" + "a".repeat(9000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldAnswer413ForAnOversizedChunkedArrayBody() throws Exception {
        StringBuilder huge = new StringBuilder("{\"headline\": \"x\", \"language\": \"en\", \"body\": [");
        while (huge.length() < 1_200_000) {
            huge.append("\"").append("word ".repeat(200)).append("\",");
        }
        huge.append("\"end\"]}");
        byte[] bytes = huge.toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "v1/articles"))
                .header("Authorization", "Bearer " + dev.lede.support.Api.TEST_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
