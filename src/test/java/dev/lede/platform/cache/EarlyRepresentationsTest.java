package dev.lede.platform.cache;

import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.NOT_ACCEPTABLE;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every cached representation (RSS, Atom, JSON Feed, an article's JSON, ninjs and JSON-LD; gzip and identity) is a hit
 * answered before the REST layer when the request asks for that representation, and only then: a request never gets
 * another representation from the cache than the one it asks for, whichever path answers it. Requests here do not
 * decode: they see the bytes and headers on the wire.
 */
@QuarkusTest
class EarlyRepresentationsTest {
    private static final String GZIP = "gzip, deflate";
    private static final String VARY = "Accept, Accept-Encoding, Authorization, Origin";
    /** What common feed readers send. */
    private static final String READER = "application/rss+xml, application/rdf+xml;q=0.8, application/atom+xml;q=0.6, "
            + "application/xml;q=0.4, text/xml;q=0.4";

    @Test
    void everyFeedFormatAndEncodingIsAnsweredEarly() {
        String tag = fullTextArticles();
        for (String[] feed : new String[][] {{"rss", "application/rss+xml"}, {"atom", "application/atom+xml"},
                {"json", "application/feed+json"}}) {
            String path = "/v1/feeds/articles." + feed[0] + "?fullText=true&tag=" + tag;
            for (String encoding : new String[] {null, GZIP}) {
                for (String accept : new String[] {null, "*/*", feed[1], READER.replace("application/rss+xml, ", feed[1] + ", ")}) {
                    Response computed = request(encoding, accept).get(path);
                    long before = RestLayerRequests.COUNT.get();
                    Response hit = request(encoding, accept).get(path);
                    String etag = hit.header("ETag");
                    request(encoding, accept).header("If-None-Match", etag).get(path).then().statusCode(NOT_MODIFIED)
                            .header("ETag", etag);
                    String as = feed[0] + " " + encoding + " " + accept;
                    assertThat(RestLayerRequests.COUNT.get()).as(as + ": answered early").isEqualTo(before);
                    hit.then().statusCode(OK).contentType(feed[1]).header("Vary", VARY)
                            .header("Content-Encoding", encoding == null ? null : "gzip");
                    assertThat(hit.asByteArray()).as(as).isEqualTo(computed.asByteArray());
                    assertThat(etag).as(as).isEqualTo(computed.header("ETag")).endsWith(encoding == null ? "\"" : "-gzip\"");
                }
            }
        }
    }

    @Test
    void aFeedIsNeverAnsweredWithAnotherFormatsBytes() {
        String tag = fullTextArticles();
        String rss = "/v1/feeds/articles.rss?fullText=true&tag=" + tag;
        String atom = "/v1/feeds/articles.atom?fullText=true&tag=" + tag;
        String json = "/v1/feeds/articles.json?fullText=true&tag=" + tag;
        String rssTag = request(GZIP, null).get(rss).header("ETag");
        String atomTag = request(GZIP, null).get(atom).header("ETag");
        request(GZIP, null).get(json).then().statusCode(OK);
        long before = RestLayerRequests.COUNT.get();
        for (String refused : List.of("application/atom+xml", "application/json", "application/feed+json", "text/html")) {
            request(GZIP, refused).get(rss).then().statusCode(NOT_ACCEPTABLE).contentType("application/problem+json");
        }
        request(GZIP, "application/rss+xml").get(atom).then().statusCode(NOT_ACCEPTABLE);
        request(GZIP, "application/xml").get(json).then().statusCode(NOT_ACCEPTABLE);
        assertThat(RestLayerRequests.COUNT.get()).as("each refusal is the REST layer's").isEqualTo(before + 6);
        // One format's validator is not another's: the Atom feed is sent in full to a client holding the RSS one.
        request(GZIP, null).header("If-None-Match", rssTag).get(atom).then().statusCode(OK).header("ETag", atomTag)
                .contentType("application/atom+xml");
        assertThat(rssTag).isNotEqualTo(atomTag);
    }

    @Test
    void eachRepresentationOfOneArticleIsAnsweredEarlyToWhoAsksForIt() {
        String path = "/v1/articles/" + published("Formats " + unique(), Map.of("body", paragraphs(12))).path("id");
        Map<String, String> representations = Map.of("application/json", "application/json",
                "application/ninjs+json", "application/ninjs+json", "application/ld+json", "application/ld+json");
        Map<String, String> etags = new java.util.HashMap<>();
        for (String encoding : new String[] {null, GZIP}) {
            representations.keySet().forEach(accept -> request(encoding, accept).get(path).then().statusCode(OK));
            long before = RestLayerRequests.COUNT.get();
            for (Map.Entry<String, String> wanted : representations.entrySet()) {
                Response hit = request(encoding, wanted.getKey()).get(path);
                hit.then().statusCode(OK).contentType(wanted.getValue()).header("Vary", VARY);
                assertThat(etags.put(encoding + wanted.getKey(), hit.header("ETag"))).isNull();
                request(encoding, wanted.getKey()).header("If-None-Match", hit.header("ETag")).get(path)
                        .then().statusCode(NOT_MODIFIED);
            }
            assertThat(RestLayerRequests.COUNT.get()).as("hits answered early, " + encoding).isEqualTo(before);
        }
        assertThat(etags.values()).as("six representations, six validators").doesNotHaveDuplicates().hasSize(6);
        // The ninjs validator names another representation than the JSON a client without Accept is sent.
        request(GZIP, null).header("If-None-Match", etags.get(GZIP + "application/ninjs+json")).get(path)
                .then().statusCode(OK).contentType("application/json");
    }

    @Test
    void aFormatChosenByTheUrlIsAnsweredEarlyWhateverTheAccept() {
        String tag = "ef" + unique();
        published("Format parameter " + tag, Map.of("tags", List.of(tag), "body", paragraphs(12)));
        String list = "/v1/articles?format=ninjs&tag=" + tag;
        Response computed = request(GZIP, "application/json").get(list);
        computed.then().statusCode(OK).contentType("application/ninjs+json");
        long before = RestLayerRequests.COUNT.get();
        Response hit = request(GZIP, "application/json").get(list);
        assertThat(RestLayerRequests.COUNT.get()).as("answered early").isEqualTo(before);
        hit.then().statusCode(OK).contentType("application/ninjs+json").header("ETag", computed.header("ETag"));
        assertThat(hit.asByteArray()).isEqualTo(computed.asByteArray());
        // Without the parameter, the same Accept is the API's JSON, never the cached ninjs.
        request(GZIP, "application/json").get("/v1/articles?tag=" + tag).then().statusCode(OK)
                .contentType("application/json");
    }

    /** Three published articles of a new tag with long bodies (a feed of them is worth a gzip form); the tag. */
    private static String fullTextArticles() {
        String tag = "er" + unique();
        for (int i = 0; i < 3; i++) {
            published("Early " + i + " " + tag, Map.of("tags", List.of(tag), "body", paragraphs(10)));
        }
        return tag;
    }

    private static List<String> paragraphs(int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add("Paragraph " + i + " of a story long enough to be compressed, " + unique() + ".");
        }
        return paragraphs;
    }

    /** An anonymous request with this Accept-Encoding and Accept (none when null), leaving the body as it came. */
    private static RequestSpecification request(String acceptEncoding, String accept) {
        RequestSpecification request = given().config(RestAssured.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return accept == null ? request : request.accept(accept);
    }
}
