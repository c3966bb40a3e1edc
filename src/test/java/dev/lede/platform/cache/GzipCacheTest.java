package dev.lede.platform.cache;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Cached responses have a gzip form, made once and served to clients that accept it: the same bytes once decoded, a
 * Content-Encoding, a strong ETag of its own (so a 304 answers only the form the client holds), Vary: Accept-Encoding;
 * clients that do not accept gzip get the identity form. Requests here do not decode: they see the bytes on the wire.
 */
@QuarkusTest
class GzipCacheTest {
    private static final String GZIP = "gzip, deflate";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aCachedFeedIsServedGzippedAndDecodesToTheIdentityBytes() {
        String path = fullTextFeed("rss");
        Response computed = raw(GZIP).get(path); // the miss that stores it
        Response identity = raw(null).get(path);
        sessionFactory.getStatistics().clear();
        Response early = raw(GZIP).get(path); // a hit answered before the REST layer
        Response late = raw(GZIP).accept("application/rss+xml; charset=UTF-8").get(path); // a hit in the REST layer
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).as("hits").isZero();
        for (Response gzipped : List.of(computed, early, late)) {
            gzipped.then().statusCode(OK).header("Content-Encoding", "gzip").contentType("application/rss+xml");
            assertThat(gunzip(gzipped.asByteArray())).isEqualTo(identity.asByteArray());
            assertThat(gzipped.asByteArray().length).isLessThan(identity.asByteArray().length / 2);
            assertThat(gzipped.header("ETag")).isEqualTo(etagGzip(identity.header("ETag")));
            assertThat(gzipped.header("Vary")).isEqualTo("Accept, Accept-Encoding, Authorization, Origin");
        }
        identity.then().statusCode(OK).header("Content-Encoding", (String) null)
                .header("Vary", "Accept, Accept-Encoding, Authorization, Origin");
        assertThat(identity.header("ETag")).startsWith("\"").doesNotContain("gzip");
        assertThat(identity.asString()).contains("<rss");
    }

    @Test
    void aConditionalRequestIsAnswered304OnlyForTheFormTheClientHolds() {
        String path = fullTextFeed("atom");
        String identityTag = raw(null).get(path).then().statusCode(OK).extract().header("ETag");
        String gzipTag = raw(GZIP).get(path).then().statusCode(OK).extract().header("ETag");
        assertThat(gzipTag).isEqualTo(etagGzip(identityTag)).doesNotStartWith("W/");
        for (String accept : new String[] {null, "application/atom+xml; charset=UTF-8"}) { // early, then REST layer
            conditional(path, GZIP, accept, gzipTag).then().statusCode(NOT_MODIFIED).header("ETag", gzipTag)
                    .header("Content-Encoding", (String) null);
            conditional(path, GZIP, accept, "W/" + gzipTag).then().statusCode(NOT_MODIFIED);
            conditional(path, null, accept, identityTag).then().statusCode(NOT_MODIFIED).header("ETag", identityTag);
            // Holding the other form: the one this request is sent is another representation, sent in full.
            conditional(path, GZIP, accept, identityTag).then().statusCode(OK).header("Content-Encoding", "gzip")
                    .header("ETag", gzipTag);
            conditional(path, null, accept, gzipTag).then().statusCode(OK).header("Content-Encoding", (String) null)
                    .header("ETag", identityTag);
        }
    }

    @Test
    void onlyAClientThatAcceptsGzipGetsIt() {
        String path = fullTextFeed("json");
        raw(GZIP).get(path).then().statusCode(OK);
        for (String accepting : List.of("gzip", "x-gzip", "*", "br;q=1, gzip;q=0.5", "GZIP")) {
            raw(accepting).get(path).then().statusCode(OK).header("Content-Encoding", "gzip");
        }
        for (String refusing : List.of("identity", "gzip;q=0", "br", "*, gzip;q=0", "deflate")) {
            Response response = raw(refusing).get(path);
            response.then().statusCode(OK).header("Content-Encoding", (String) null);
            assertThat(response.asString()).as(refusing).startsWith("{");
        }
    }

    @Test
    void aSmallResponseStaysIdentityButStillVaries() {
        String path = "/v1/articles?tag=none" + unique(); // an empty page: a few dozen bytes
        raw(GZIP).get(path).then().statusCode(OK);
        Response hit = raw(GZIP).get(path);
        hit.then().statusCode(OK).header("Content-Encoding", (String) null)
                .header("Vary", "Accept, Accept-Encoding, Authorization, Origin");
        assertThat(hit.asByteArray().length).isLessThan(Gzip.MIN_BYTES);
        assertThat(hit.header("ETag")).doesNotContain("gzip");
    }

    @Test
    void aKeyHoldersReadIsNotCompressed() {
        String path = fullTextFeed("rss");
        raw(GZIP).header("Authorization", "Bearer lede-test-key").get(path).then().statusCode(OK)
                .header("Content-Encoding", (String) null).header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
    }

    @Test
    void theGzipFormsEtagIsAValidIfMatchForTheVersionItShows() {
        String id = published("Long " + unique(), Map.of("body", paragraphs(40))).path("id");
        Response read = raw(GZIP).get("/v1/articles/" + id);
        read.then().statusCode(OK).header("Content-Encoding", "gzip");
        assertThat(read.header("ETag")).matches("\"v\\d+-[0-9a-f]+-gzip\"");
        admin().contentType("application/merge-patch+json").header("If-Match", read.header("ETag"))
                .body(Map.of("standfirst", "Edited after a gzip read.")).patch("/v1/articles/{id}", id)
                .then().statusCode(OK);
        admin().contentType("application/merge-patch+json").header("If-Match", read.header("ETag"))
                .body(Map.of("standfirst", "A stale edit.")).patch("/v1/articles/{id}", id)
                .then().statusCode(412);
    }

    @Test
    void aFeedAskedForWithAGenericAcceptIsAHit() {
        for (String[] formatAndAccept : new String[][] {{"rss", "application/xml"}, {"atom", "text/xml"},
                {"json", "application/json"}, {"rss", "text/xml;q=0.9, */*;q=0.1"}}) {
            String path = fullTextFeed(formatAndAccept[0]);
            Response first = raw(GZIP).accept(formatAndAccept[1]).get(path);
            first.then().statusCode(OK);
            sessionFactory.getStatistics().clear();
            Response second = raw(GZIP).accept(formatAndAccept[1]).get(path);
            second.then().statusCode(OK).header("Content-Encoding", "gzip").header("ETag", first.header("ETag"));
            assertThat(sessionFactory.getStatistics().getPrepareStatementCount())
                    .as(formatAndAccept[1] + " is served from the cache").isZero();
            assertThat(second.contentType()).as("the feed keeps its own type").isEqualTo(first.contentType())
                    .startsWith("application/" + (formatAndAccept[0].equals("json") ? "feed+json" : formatAndAccept[0] + "+xml"));
        }
        String rss = fullTextFeed("rss");
        raw(GZIP).get(rss).then().statusCode(OK);
        raw(GZIP).accept("application/json").get(rss).then().statusCode(406);
    }

    /** A feed of a few full-text articles of its own tag: large enough to be worth a gzip form. */
    private static String fullTextFeed(String format) {
        String tag = "gz" + unique();
        for (int i = 0; i < 3; i++) {
            published("Gzip " + i + " " + tag, Map.of("tags", List.of(tag), "body", paragraphs(10)));
        }
        return "/v1/feeds/articles." + format + "?fullText=true&tag=" + tag;
    }

    private static List<String> paragraphs(int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add("Paragraph " + i + " of a story long enough for its feed to be compressed, " + unique() + ".");
        }
        return paragraphs;
    }

    private static Response conditional(String path, String acceptEncoding, String accept, String ifNoneMatch) {
        RequestSpecification request = raw(acceptEncoding).header("If-None-Match", ifNoneMatch);
        return accept == null ? request.get(path) : request.accept(accept).get(path);
    }

    /** An anonymous request that sends this Accept-Encoding (none when null) and leaves the body as it came. */
    private static RequestSpecification raw(String acceptEncoding) {
        RequestSpecification request = given().config(RestAssured.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
        return acceptEncoding == null ? request : request.header("Accept-Encoding", acceptEncoding);
    }

    private static String etagGzip(String identity) {
        return identity.substring(0, identity.length() - 1) + "-gzip\"";
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
