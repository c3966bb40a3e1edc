package dev.lede.openapi;

import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document ({@code openapi/}) is what the code generates. When this fails, the API changed
 * without its document: run {@code ./mvnw package -DskipTests} (the build writes openapi/) and commit the result.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final String HINT = "openapi/ differs from the code: run ./mvnw package -DskipTests and commit openapi/";

    @Test
    void shouldServeTheCommittedJsonDocument() throws IOException {
        String served = given().queryParam("format", "json").get("/openapi").then().statusCode(OK).extract().asString();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode committed = mapper.readTree(Files.readString(Path.of("openapi/openapi.json"), StandardCharsets.UTF_8));
        assertThat(mapper.readTree(served)).as(HINT).isEqualTo(committed);
    }

    /** The test build writes the document it generates to target/openapi-test (application.properties). */
    @Test
    void shouldCommitTheYamlDocumentThatTheCodeGenerates() throws IOException {
        given().get("/openapi").then().statusCode(OK).body(containsString("openapi: 3.1"));
        String generated = Files.readString(Path.of("target/openapi-test/openapi.yaml"), StandardCharsets.UTF_8);
        String committed = Files.readString(Path.of("openapi/openapi.yaml"), StandardCharsets.UTF_8);
        assertThat(committed).as(HINT).isEqualTo(generated);
    }

    @Test
    void shouldDescribeOpenApi31WithEveryOperationNamed() {
        given().queryParam("format", "json").get("/openapi").then().statusCode(OK)
                .body("openapi", org.hamcrest.Matchers.startsWith("3.1"))
                .body("paths.'/v1/articles'.get.operationId", org.hamcrest.Matchers.equalTo("listArticles"))
                .body("components.schemas.Problem.description", containsString("RFC 9457"));
    }

    @Test
    void shouldServeSwaggerUiAtDocs() {
        given().redirects().follow(true).get("/docs/").then().statusCode(OK).body(containsString("swagger"));
    }
}
