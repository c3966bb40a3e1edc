package dev.lede.support;

import static dev.lede.support.Api.TEST_KEY;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The export and import through HTTP, for round-trip tests: GET /v1/export read as lines, a body for POST /v1/bulk. */
public final class Exports {
    public static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {
    }

    /** A request with the key that sends NDJSON as it is given (UTF-8, no form encoding): POST /v1/bulk's body. */
    public static RequestSpecification ndjson() {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(NDJSON, ContentType.TEXT).defaultCharsetForContentType("UTF-8", NDJSON)))
                .contentType(NDJSON).header("Authorization", "Bearer " + TEST_KEY);
    }

    /** Every line of an export, parsed, its header first. */
    public static List<JsonNode> lines() throws IOException {
        String body = given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/export").then().statusCode(200)
                .extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
