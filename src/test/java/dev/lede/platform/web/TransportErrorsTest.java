package dev.lede.platform.web;

import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNSUPPORTED_MEDIA_TYPE;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Errors the HTTP layer decides, before any resource runs, answered like every other error: a problem body naming
 * what is wrong, never an empty response or a 500. Sent as raw bytes, since HTTP clients refuse to send most of them.
 */
@QuarkusTest
class TransportErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The server lingers up to this long before closing a refused request's connection; the check waits 2 s more. */
    private static final long CLOSE_WAIT = TransportGuards.LINGER_MILLIS + 2000;

    @TestHTTPResource("/")
    URL root;

    private static JsonNode problem(RawHttp.Answer answer, int status, String field) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("type").asText()).startsWith("https://lede.dev/problems/");
        assertThat(body.path("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo(field);
        }
        return body;
    }

    @Test
    void shouldAnswerABadPercentEscapeWithAProblem() throws Exception {
        RawHttp.Answer answer = RawHttp.send(root, "GET /v1/articles?q=%zz HTTP/1.1\r\nHost: lede\r\n\r\n");
        assertThat(problem(answer, 400, "url").path("detail").asText()).contains("malformed");
    }

    @Test
    void shouldRefusePercentEscapesOrRawBytesThatAreNotUtf8() throws Exception {
        problem(RawHttp.send(root, "GET /v1/people?q=%E2%82 HTTP/1.1\r\nHost: lede\r\n\r\n"), 400, "url");
        problem(RawHttp.send(root, "GET /v1/people/caf\u00ff HTTP/1.1\r\nHost: lede\r\n\r\n"), 400, "url");
        RawHttp.Answer utf8 = RawHttp.send(root, "GET /v1/people?q=%C3%A9 HTTP/1.1\r\nHost: lede\r\n\r\n");
        assertThat(utf8.status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseABodyInAContentEncodingItDoesNotDecode() throws Exception {
        byte[] body = "{\"name\": \"Zipped\"}".getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/people HTTP/1.1\r\nHost: lede\r\nAuthorization: Bearer " + TEST_KEY
                + "\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length + "\r\n\r\n";
        problem(RawHttp.send(root, head, body), 415, "Content-Encoding");
    }

    @Test
    void shouldRefuseAnEmptyOrMalformedAccept() throws Exception {
        problem(RawHttp.send(root, "GET /v1/sources HTTP/1.1\r\nHost: lede\r\nAccept:\r\n\r\n"), 400, "Accept");
        problem(RawHttp.send(root, "GET /v1/sources HTTP/1.1\r\nHost: lede\r\nAccept: ;;;\r\n\r\n"), 400, "Accept");
    }

    @Test
    void shouldAnswerAnHttp10RequestWithoutHostWithAProblem() throws Exception {
        RawHttp.Answer answer = RawHttp.send(root, "GET /v1/articles HTTP/1.0\r\n\r\n");
        problem(answer, 400, "Host");
    }

    @Test
    void shouldAnswerAnHttp11RequestWithoutHostWithAProblemAndARequestId() throws Exception {
        RawHttp.Answer answer = RawHttp.send(root, "GET /v1/articles HTTP/1.1\r\n\r\n");
        problem(answer, 400, "Host");
        assertThat(answer.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void shouldServeAnHttp10RequestThatNamesItsHost() throws Exception {
        RawHttp.Answer answer = RawHttp.send(root, "GET /v1/sources HTTP/1.0\r\nHost: lede\r\n\r\n");
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerARequestLineOver64KiBWithA414Problem() throws Exception {
        String path = "/v1/people/" + "a".repeat(70_000);
        problem(RawHttp.send(root, "GET " + path + " HTTP/1.1\r\nHost: lede\r\n\r\n"), 414, "url");
    }

    @Test
    void shouldAnswerHeadersOver20KiBWithA431ProblemNamingTheLargest() throws Exception {
        String head = "GET /v1/articles HTTP/1.1\r\nHost: lede\r\nX-Padding: " + "p".repeat(30_000) + "\r\n\r\n";
        problem(RawHttp.send(root, head), 431, "X-Padding");
    }

    @Test
    void shouldAnswerABodyOverTheTransportCapWithA413ProblemAndClose() throws Exception {
        refusedAsTooLarge(null, 17L << 20);
    }

    @Test
    void shouldRefuseATransferEncodingBesideAContentLengthAndClose() throws Exception {
        byte[] body = "{\"name\": \"Smuggled\"}".getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/people HTTP/1.1\r\nHost: lede\r\nAuthorization: Bearer " + TEST_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nTransfer-Encoding: gzip\r\n\r\n";
        RawHttp.Answer answer = RawHttp.send(root, head, body, CLOSE_WAIT);
        problem(answer, 400, "Transfer-Encoding");
        assertThat(answer.closed()).isTrue();
        anonymous().queryParam("q", "Smuggled").get("/v1/people").then().statusCode(OK)
                .body("data.size()", equalTo(0));
    }

    @Test
    void shouldRefuseATransferCodingOtherThanChunkedWith501() throws Exception {
        String head = "POST /v1/people HTTP/1.1\r\nHost: lede\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n";
        problem(RawHttp.send(root, head), 501, "Transfer-Encoding");
    }

    /**
     * Chunked beside a Content-Length is the classic request-smuggling framing. The HTTP codec refuses it itself, as
     * RFC 9112 section 6.3 asks, before any of Lede's code runs: an empty 400 (Quarkus has no hook to give it a body,
     * see TransportGuards) and a closed connection, so that the rest can never be read as another request.
     */
    @Test
    void shouldHaveTheCodecRefuseChunkedBesideALengthAndClose() throws Exception {
        for (String codings : List.of("chunked", "chunked, gzip")) {
            String head = "POST /v1/people HTTP/1.1\r\nHost: lede\r\nContent-Type: application/json\r\nContent-Length: 5"
                    + "\r\nTransfer-Encoding: " + codings + "\r\n\r\n0\r\n\r\n";
            RawHttp.Answer answer = RawHttp.send(root, head);
            assertThat(answer.status()).as(codings).isEqualTo(400);
            assertThat(answer.closed()).as(codings).isTrue();
        }
    }

    @Test
    void shouldNameAMalformedHostOfAnHttp11Request() throws Exception {
        problem(RawHttp.send(root, "GET /v1/sources HTTP/1.1\r\nHost: a b\r\n\r\n"), 400, "Host");
    }

    @Test
    void shouldServeTheAcceptHeadersBrowsersAndLibrariesSend() throws Exception {
        for (String accept : List.of("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
                "application/json, text/javascript, */*; q=0.01", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2",
                "application/json;charset=utf-8", "*/*")) {
            RawHttp.Answer answer = RawHttp.send(root, "GET /v1/sources HTTP/1.1\r\nHost: lede\r\nAccept: " + accept + "\r\n\r\n");
            assertThat(answer.status()).as(accept).isEqualTo(200);
        }
    }

    @Test
    void shouldAskForPercentEncodingOfARawNonAsciiUrl() throws Exception {
        byte[] head = "GET /v1/people/jos\u00c3\u00a9 HTTP/1.1\r\nHost: lede\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problem(RawHttp.send(root, new String(head, StandardCharsets.ISO_8859_1)), 400, "url")
                .path("detail").asText()).contains("percent-encode");
    }

    @Test
    void shouldLetAClientStillSendingItsBodyReadThe413() throws Exception {
        byte[] body = new byte[17 << 20]; // past the 16 MiB transport cap, sent in full while the answer waits
        java.util.Arrays.fill(body, (byte) 'a');
        refusedAsTooLarge(body, body.length);
    }

    @Test
    void shouldAnswerAnUnparseableContentTypeWith415BeforeAskingForAKey() throws Exception {
        byte[] body = "a page".getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/ingest HTTP/1.1\r\nHost: lede\r\nContent-Type: ;;;===\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        problem(RawHttp.send(root, head, body), 415, "Content-Type");
    }

    @Test
    void shouldAnswerAnUnsupportedMediaTypeWithAProblem() {
        anonymous().header("Authorization", "Bearer " + TEST_KEY).contentType("text/csv").body("name\nA")
                .post("/v1/people").then().statusCode(UNSUPPORTED_MEDIA_TYPE).contentType(containsString("application/problem+json"));
    }

    @Test
    void shouldMarkEveryResponseNoSniffCachedOrNot() {
        String id = published("Sniffless " + unique(), Map.of()).path("id");
        for (int i = 0; i < 2; i++) { // the second read comes from the response cache
            anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        anonymous().get("/v1/nothing-here").then().statusCode(NOT_FOUND).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldKeepTheDocsFromBeingFramedOrLoadingForeignCode() {
        anonymous().get("/docs/").then().statusCode(OK)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
    }

    /** A bulk request declaring {@code length} bytes (sending {@code body}, if any) gets a 413 and a closed connection. */
    private void refusedAsTooLarge(byte[] body, long length) throws Exception {
        String head = "POST /v1/bulk HTTP/1.1\r\nHost: lede\r\nAuthorization: Bearer " + TEST_KEY
                + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + length + "\r\n\r\n";
        RawHttp.Answer answer = RawHttp.send(root, head, body, CLOSE_WAIT);
        problem(answer, 413, "Content-Length");
        assertThat(answer.closed()).isTrue();
    }
}
