package dev.lede.platform.cache;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.NOT_ACCEPTABLE;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Hits answered before the REST layer are the responses it would give: same bytes, same headers, same metrics, and
 * nothing it would refuse is answered.
 */
@QuarkusTest
class EarlyHitsTest {
    /** An Accept the early answer leaves to the REST layer, which answers it with JSON from the same cache entry. */
    private static final String NEGOTIATED_BY_REST = "application/json; charset=utf-8";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aHitRepeatsTheBytesAndHeadersOfTheComputedResponse() {
        String id = published("Early " + unique(), Map.of()).path("id");
        assertSameAsComputed("/v1/articles/" + id);
    }

    @Test
    void aHitIsAnsweredBeforeTheRestLayer() {
        String path = "/v1/articles/" + published("Before REST " + unique(), Map.of()).path("id");
        String etag = anonymous().get(path).then().statusCode(OK).extract().header("ETag");
        long before = RestLayerRequests.COUNT.get();
        anonymous().get(path).then().statusCode(OK).header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        anonymous().header("If-None-Match", "*").get(path).then().statusCode(NOT_MODIFIED);
        anonymous().header("If-None-Match", "W/" + etag).get(path).then().statusCode(NOT_MODIFIED);
        anonymous().header("If-None-Match", "\"other\"").header("If-None-Match", etag).get(path).then().statusCode(NOT_MODIFIED);
        assertThat(RestLayerRequests.COUNT.get()).as("hits answered early").isEqualTo(before);
        anonymous().accept(NEGOTIATED_BY_REST).get(path).then().statusCode(OK);
        anonymous().head(path).then().statusCode(OK).header("ETag", etag);
        assertThat(RestLayerRequests.COUNT.get()).as("left to the REST layer").isEqualTo(before + 2);
    }

    @Test
    void aListHitKeepsItsLinkToTheNextPage() {
        String tag = "e" + unique();
        published("First " + tag, Map.of("tags", List.of(tag)));
        published("Second " + tag, Map.of("tags", List.of(tag)));
        ExtractableResponse<Response> hit = assertSameAsComputed("/v1/articles?tag=" + tag + "&limit=1");
        assertThat(hit.header("Link")).contains("rel=\"next\"");
    }

    @Test
    void aCrossOriginHitCarriesTheSameCorsHeaders() {
        String path = "/v1/articles/" + published("Cross-origin " + unique(), Map.of()).path("id");
        ExtractableResponse<Response> computed = anonymous().header("Origin", "https://news.example").get(path)
                .then().statusCode(OK).extract();
        ExtractableResponse<Response> hit = anonymous().header("Origin", "https://news.example").get(path)
                .then().statusCode(OK).extract();
        assertThat(headers(hit)).isEqualTo(headers(computed)).containsKey("access-control-allow-origin");
    }

    @Test
    void aConditionalHitIsThe304TheRestLayerGives() {
        String path = "/v1/articles/" + published("Conditional " + unique(), Map.of()).path("id");
        String etag = anonymous().get(path).then().statusCode(OK).extract().header("ETag");
        ExtractableResponse<Response> early = anonymous().header("If-None-Match", etag).get(path)
                .then().statusCode(NOT_MODIFIED).extract();
        ExtractableResponse<Response> late = anonymous().accept(NEGOTIATED_BY_REST).header("If-None-Match", etag)
                .get(path).then().statusCode(NOT_MODIFIED).extract();
        assertThat(headers(early)).isEqualTo(headers(late)).containsEntry("etag", etag);
    }

    @Test
    void aHitIsCountedUnderItsRouteInTheMetrics() {
        String id = published("Counted " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        double before = served("/v1/articles/{idOrSlug}");
        for (int i = 0; i < 3; i++) {
            anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        }
        assertThat(served("/v1/articles/{idOrSlug}")).isEqualTo(before + 3);
        assertThat(given().get("/q/metrics").asString()).doesNotContain("uri=\"/v1/articles/" + id);
    }

    @Test
    void whatTheRestLayerRefusesIsStillRefused() {
        String path = "/v1/articles/" + published("Refused " + unique(), Map.of()).path("id");
        anonymous().get(path).then().statusCode(OK);
        anonymous().accept("application/xml").get(path).then().statusCode(NOT_ACCEPTABLE)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-key").get(path).then().statusCode(UNAUTHORIZED);
        assertThat(statementsFor(path, "text/html, */*;q=0.1")).as("a browser's Accept is a hit").isZero();
    }

    @Test
    void acceptsJsonOnlyWhereTheRestLayerWouldAnswerWithIt() {
        assertThat(EarlyHits.acceptsJson(null)).isTrue();
        assertThat(EarlyHits.acceptsJson("*/*")).isTrue();
        assertThat(EarlyHits.acceptsJson("text/html,application/xhtml+xml,*/*;q=0.8")).isTrue();
        assertThat(EarlyHits.acceptsJson("Application/JSON")).isTrue();
        assertThat(EarlyHits.acceptsJson("application/*; q=1.0")).isTrue();
        assertThat(EarlyHits.acceptsJson("application/xml")).isFalse();
        assertThat(EarlyHits.acceptsJson("application/json;q=0")).isFalse();
        assertThat(EarlyHits.acceptsJson("*/*;q=0.000")).isFalse();
        assertThat(EarlyHits.acceptsJson("application/json;q=abc")).as("left to the REST layer").isFalse();
        assertThat(EarlyHits.acceptsJson(NEGOTIATED_BY_REST)).as("left to the REST layer").isFalse();
    }

    @Test
    void aStoredBodyOfAnotherTypeIsAnsweredOnlyToWhoAcceptsIt() {
        String rss = "application/rss+xml; charset=UTF-8";
        assertThat(EarlyHits.accepts(null, rss)).isTrue();
        assertThat(EarlyHits.accepts("application/rss+xml", rss)).isTrue();
        assertThat(EarlyHits.accepts("application/*;q=0.5", rss)).isTrue();
        assertThat(EarlyHits.accepts("application/json", rss)).isFalse();
        assertThat(EarlyHits.accepts("text/*", rss)).isFalse();
        assertThat(EarlyHits.accepts("application/json", "application/ninjs+json")).isFalse();
    }

    /** The first GET is computed by the REST layer, the second is a hit answered early: they must not differ. */
    private ExtractableResponse<Response> assertSameAsComputed(String path) {
        ExtractableResponse<Response> computed = anonymous().get(path).then().statusCode(OK).extract();
        sessionFactory.getStatistics().clear();
        ExtractableResponse<Response> hit = anonymous().get(path).then().statusCode(OK).extract();
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).as("a hit").isZero();
        assertThat(hit.asByteArray()).isEqualTo(computed.asByteArray());
        assertThat(headers(hit)).isEqualTo(headers(computed));
        return hit;
    }

    private long statementsFor(String path, String accept) {
        sessionFactory.getStatistics().clear();
        anonymous().accept(accept).get(path).then().statusCode(OK).contentType("application/json");
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /**
     * Every header but the request id and the tokens left (RateLimit: each request takes one; its presence is
     * checked), by name in lower case (HTTP header names are not case-sensitive).
     */
    private static Map<String, String> headers(ExtractableResponse<Response> response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().forEach(h -> headers.merge(h.getName().toLowerCase(Locale.ROOT), h.getValue(), (a, b) -> a + ", " + b));
        headers.remove("x-request-id");
        assertThat(headers.remove("ratelimit")).as("RateLimit").startsWith("\"anon\";r=");
        return headers;
    }

    /** How many GETs of this route template answered 200, as /q/metrics reports them. */
    private static double served(String template) {
        Matcher count = Pattern.compile("http_server_requests_seconds_count\\{method=\"GET\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"" + Pattern.quote(template) + "\"} ([0-9.E]+)").matcher(given().get("/q/metrics").asString());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }
}
