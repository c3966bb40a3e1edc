package dev.lede.golden;

import static dev.lede.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Golden fixtures pin the public wire format: member names, nesting, ordering and what is left out. Generated
 * values (ids, timestamps) are replaced by placeholders before comparing. To accept an intended change, run the
 * tests with {@code -Dgolden.update=true} and review the diff of src/test/resources/golden.
 */
@QuarkusTest
class WireFormatTest {
    private static final String ARTICLE = "/v1/articles/us-expresses-concern-over-military-association-between-russia-and-iran";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> GENERATED_TIMES = Set.of("createdAt", "updatedAt", "firstcreated", "versioncreated", "dateModified");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void shouldKeepTheReferenceArticleWithQuotesAsPinned() throws IOException {
        compare("reference-article.json", anonymous().queryParam("include", "quotes").get(ARTICLE)
                .then().statusCode(200).extract().asString());
    }

    @Test
    void shouldKeepTheReferenceArticleAsNinjsAndJsonLdAsPinned() throws IOException {
        compare("reference-article.ninjs.json", anonymous().accept("application/ninjs+json").get(ARTICLE)
                .then().statusCode(200).extract().asString());
        compare("reference-article.jsonld.json", anonymous().accept("application/ld+json").get(ARTICLE)
                .then().statusCode(200).extract().asString());
    }

    @Test
    void shouldKeepAListPageAsPinned() throws IOException {
        compare("john-kirby-articles-page.json", anonymous().queryParam("person", "john-kirby")
                .queryParam("include", "people,entities").queryParam("fields", "headline,slug,people,entities")
                .get("/v1/articles").then().statusCode(200).extract().asString());
    }

    @Test
    void shouldKeepAPersonAndAProblemAsPinned() throws IOException {
        compare("john-kirby.json", anonymous().get("/v1/people/john-kirby").then().statusCode(200).extract().asString());
        compare("problem-limit.json", anonymous().queryParam("limit", 500).get("/v1/articles")
                .then().statusCode(400).extract().asString());
    }

    @Test
    void shouldKeepAnIngestResultAsPinned() throws IOException {
        String page;
        try (java.io.InputStream in = WireFormatTest.class.getResourceAsStream("/fixtures/pages/000_bda395528f16ca54.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The seed ingested this page: a dry run recognises it and answers the stored article as an ingest result.
        compare("ingest-reference-page.json", io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + dev.lede.support.Api.TEST_KEY)
                .contentType("text/plain; charset=UTF-8").queryParam("dryRun", true).body(page)
                .post("/v1/ingest").then().statusCode(200).extract().asString());
    }

    private static void compare(String fixture, String body) throws IOException {
        JsonNode actual = normalise(MAPPER.readTree(body));
        Path file = Path.of("src/test/resources/golden", fixture);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, MAPPER.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden fixture (create it with -Dgolden.update=true)").exists();
        JsonNode expected = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(MAPPER.writeValueAsString(actual)).as("wire format of " + fixture)
                .isEqualTo(MAPPER.writeValueAsString(expected));
    }

    /** Replaces ids and generated timestamps with placeholders; keeps member order (it is part of the format). */
    private static JsonNode normalise(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (GENERATED_TIMES.contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf("<timestamp>"));
                } else {
                    field.setValue(normalise(field.getValue()));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, normalise(node.get(i)));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(UUID.matcher(node.asText()).replaceAll("<id>"));
        }
        return node;
    }
}
