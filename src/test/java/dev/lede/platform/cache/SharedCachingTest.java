package dev.lede.platform.cache;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a CDN in front of Lede sees: Cache-Control by kind, Last-Modified with If-Modified-Since, Vary, and the keys it
 * can purge a response by; key holders' reads stay private.
 */
@QuarkusTest
class SharedCachingTest {
    private static final String DEFAULT_CACHING = "public, max-age=60, stale-while-revalidate=300";

    @Test
    void anAnonymousReadMayBeKeptByEveryCacheAndNamesWhatItShows() {
        String publisher = source("Keyed publisher " + unique(), "publisher");
        String publisherId = anonymous().get("/v1/sources/{idOrSlug}", publisher).then().extract().path("id");
        String id = published("Keyed " + unique(), Map.of("publisher", publisher)).path("id");
        for (int i = 0; i < 2; i++) { // computed, then a hit
            ExtractableResponse<Response> read = anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                    .header("Cache-Control", DEFAULT_CACHING).header("Vary", "Accept, Accept-Encoding, Authorization, Origin").extract();
            assertThat(read.header("Surrogate-Key").split(" ")).contains("lede:all", id, publisherId);
            assertThat(read.header("Cache-Tag").split(",")).containsExactly(read.header("Surrogate-Key").split(" "));
            assertThat(lastModified(read)).isBeforeOrEqualTo(ZonedDateTime.now(ZoneOffset.UTC))
                    .isAfter(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        }
    }

    @Test
    void aKeyHoldersReadIsPrivateAndNamesNothing() {
        String id = published("Private " + unique(), Map.of()).path("id");
        ExtractableResponse<Response> read = admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .header("Cache-Control", "no-store, private").extract();
        assertThat(read.headers().hasHeaderWithName("Surrogate-Key")).isFalse();
        assertThat(read.headers().hasHeaderWithName("Cache-Tag")).isFalse();
        assertThat(read.headers().hasHeaderWithName("Last-Modified")).isFalse();
    }

    @Test
    void aListNamesItsListsAndItsItems() {
        String person = person("Listed " + unique());
        String personId = anonymous().get("/v1/people/{idOrSlug}", person).then().extract().path("id");
        String id = published("Listed article " + unique(), Map.of("people", List.of(Map.of("person", person)))).path("id");
        ExtractableResponse<Response> narrowed = anonymous().queryParam("person", person).get("/v1/articles")
                .then().statusCode(OK).header("Cache-Control", DEFAULT_CACHING).extract();
        assertThat(narrowed.header("Surrogate-Key").split(" "))
                .contains("lede:all", "articles:all", "articles:" + personId, id, personId).doesNotContain("articles");
        String tag = "k" + unique();
        published("Tagged " + tag, Map.of("tags", List.of(tag)));
        assertThat(anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).extract()
                .header("Surrogate-Key").split(" ")).contains("articles", "articles:all");
    }

    @Test
    void ifModifiedSinceAnswers304FromTheResponsesDateOn() throws InterruptedException {
        String path = "/v1/articles/" + published("Dated " + unique(), Map.of()).path("id");
        ExtractableResponse<Response> read = anonymous().get(path).then().statusCode(OK).extract();
        ZonedDateTime modified = lastModified(read);
        waitUntilAfter(modified.plusSeconds(1));
        anonymous().header("If-Modified-Since", http(modified.plusSeconds(1))).get(path).then().statusCode(NOT_MODIFIED)
                .header("ETag", read.header("ETag")).header("Cache-Control", DEFAULT_CACHING)
                .header("Surrogate-Key", read.header("Surrogate-Key"));
        anonymous().header("If-Modified-Since", http(modified.minusSeconds(1))).get(path).then().statusCode(OK);
        anonymous().header("If-Modified-Since", http(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1))).get(path)
                .then().statusCode(OK); // a date in the future is not valid
        anonymous().header("If-Modified-Since", "yesterday").get(path).then().statusCode(OK);
        anonymous().header("If-Modified-Since", http(modified.plusSeconds(1))).header("If-None-Match", "\"other\"")
                .get(path).then().statusCode(OK); // If-None-Match decides
        anonymous().header("If-Modified-Since", "Sunday, 06-Nov-94 08:49:37 GMT").get(path).then().statusCode(OK);
    }

    @Test
    void aResponseComputedAfterAChangeIsNeverNotModifiedForTheOldOnesDate() {
        String id = published("Before " + unique(), Map.of()).path("id");
        ExtractableResponse<Response> before = anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).extract();
        String headline = "After " + unique();
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body(Map.of("headline", headline))
                .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        // Most often in the same second as the first read: its date must still not match the new response.
        anonymous().header("If-Modified-Since", before.header("Last-Modified")).get("/v1/articles/{idOrSlug}", id)
                .then().statusCode(OK).body("headline", org.hamcrest.Matchers.equalTo(headline));
    }

    @Test
    void aResponseComputedInAQuietSecondMatchesItsOwnDate() throws InterruptedException {
        String path = "/v1/articles/" + published("Quiet " + unique(), Map.of()).path("id");
        waitUntilAfter(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1)); // the publish's second is over
        ExtractableResponse<Response> read = anonymous().get(path).then().statusCode(OK).extract();
        anonymous().header("If-Modified-Since", read.header("Last-Modified")).get(path).then().statusCode(NOT_MODIFIED);
    }

    @Test
    void aHeadCarriesTheHeadersOfTheGetAndItsConditions() {
        String path = "/v1/articles/" + published("Head " + unique(), Map.of()).path("id");
        ExtractableResponse<Response> get = anonymous().get(path).then().statusCode(OK).extract();
        ExtractableResponse<Response> head = anonymous().head(path).then().statusCode(OK).extract();
        for (String name : List.of("ETag", "Cache-Control", "Last-Modified", "Surrogate-Key", "Cache-Tag", "Vary")) {
            assertThat(head.header(name)).as(name).isEqualTo(get.header(name));
        }
        anonymous().header("If-None-Match", get.header("ETag")).head(path).then().statusCode(NOT_MODIFIED);
    }

    @Test
    void crossOriginResponsesVaryByOrigin() {
        String path = "/v1/articles/" + published("Origin " + unique(), Map.of()).path("id");
        for (int i = 0; i < 2; i++) { // computed, then a hit
            anonymous().header("Origin", "https://a.example").get(path).then().statusCode(OK)
                    .header("Vary", "Accept, Accept-Encoding, Authorization, Origin").header("Access-Control-Allow-Origin", "https://a.example");
        }
        given().header("Origin", "https://b.example").header("Access-Control-Request-Method", "GET").options(path)
                .then().statusCode(org.hamcrest.Matchers.lessThan(300))
                .header("Access-Control-Allow-Origin", "https://b.example").header("Vary", "Origin");
        anonymous().header("Origin", "https://c.example").get("/v1/articles/no-such-article-" + unique()).then()
                .statusCode(dev.lede.support.Status.NOT_FOUND).header("Access-Control-Allow-Origin", "https://c.example")
                .header("Vary", containsString("Origin"));
    }

    @Test
    void theKindOfAResponseIsAFeedByItsMediaType() {
        ListScope list = ListScope.of(dev.lede.platform.changelog.ResourceType.article);
        assertThat(SharedCaching.kindOf("application/rss+xml; charset=UTF-8", list)).isEqualTo(SharedCaching.Kind.FEED);
        assertThat(SharedCaching.kindOf("application/atom+xml", list)).isEqualTo(SharedCaching.Kind.FEED);
        assertThat(SharedCaching.kindOf("application/feed+json", list)).isEqualTo(SharedCaching.Kind.FEED);
        assertThat(SharedCaching.kindOf("application/ninjs+json", list)).isEqualTo(SharedCaching.Kind.LIST);
        assertThat(SharedCaching.kindOf("application/ld+json", null)).isEqualTo(SharedCaching.Kind.ITEM);
    }

    static ZonedDateTime lastModified(ExtractableResponse<Response> response) {
        return ZonedDateTime.parse(response.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    private static String http(ZonedDateTime time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.withZoneSameInstant(ZoneOffset.UTC));
    }

    private static void waitUntilAfter(ZonedDateTime time) throws InterruptedException {
        while (!ZonedDateTime.now(ZoneOffset.UTC).isAfter(time)) {
            Thread.sleep(50);
        }
    }
}
