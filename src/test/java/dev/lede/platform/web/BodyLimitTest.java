package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.platform.web.ProblemAssertions.problem;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Bodies over lede.api.max-body-bytes (1 MiB) answer 413 problem+json whether their size is announced or not.
 * Each body is otherwise a valid source (the excess is JSON whitespace), so a missing limit would store it.
 */
@QuarkusTest
class BodyLimitTest {
    private static final int LIMIT = 1_048_576;

    private static byte[] paddedSource(String name, int totalBytes) {
        byte[] head = ("{\"name\": \"" + name + "\", \"kind\": \"publisher\"").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[totalBytes];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(head, 0, body, 0, head.length);
        body[totalBytes - 1] = '}';
        return body;
    }

    private static void assertNotStored(String name) {
        anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(OK).body("data", hasSize(0));
    }

    @Test
    void aBodyAtTheLimitIsAccepted() {
        String name = "At limit " + unique();
        admin().body(paddedSource(name, LIMIT)).post("/v1/sources").then().statusCode(CREATED)
                .body("name", equalTo(name));
    }

    @Test
    void aBodyOverTheLimitWithContentLengthIs413() {
        String name = "Too big " + unique();
        problem(admin().body(paddedSource(name, LIMIT + 1)).post("/v1/sources").then(), 413, "/v1/sources")
                .body("maxBytes", equalTo(LIMIT));
        assertNotStored(name);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        String name = "Chunked " + unique();
        byte[] body = paddedSource(name, 2 * LIMIT);
        HttpResponse<String> response = sendChunked(body);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("type").asText()).startsWith("https://lede.dev/problems/");
        assertThat(problem.path("instance").asText()).isEqualTo("/v1/sources");
        assertNotStored(name);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsAccepted() throws Exception {
        String name = "Chunked small " + unique();
        HttpResponse<String> response = sendChunked(paddedSource(name, 4096));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(OK).body("data", hasSize(1));
    }

    /** BodyPublishers.ofInputStream has no known length, so HttpClient sends Transfer-Encoding: chunked. */
    private static HttpResponse<String> sendChunked(byte[] body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/v1/sources"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TEST_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunks(body)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static InputStream chunks(byte[] body) {
        int half = body.length / 2;
        return new SequenceInputStream(new ByteArrayInputStream(body, 0, half),
                new ByteArrayInputStream(body, half, body.length - half));
    }
}
