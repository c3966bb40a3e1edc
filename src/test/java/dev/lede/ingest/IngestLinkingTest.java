package dev.lede.ingest;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an ingest links and stores when the catalog already holds what the page names. */
@QuarkusTest
class IngestLinkingTest {
    private static String page;

    @Inject
    CatalogNames catalog;

    @BeforeAll
    static void readPage() throws IOException {
        try (InputStream in = IngestLinkingTest.class.getResourceAsStream("/fixtures/pages/000_bda395528f16ca54.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A tag of letters only: the extractor does not take words with digits for names. */
    private static String letters() {
        return unique().chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
    }

    private static JsonPath ingest(String text) {
        return given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain; charset=UTF-8")
                .body(text).post("/v1/ingest").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldCreateASourceForAPublisherTheCatalogKnowsOnlyAsAnEntity() {
        String name = "Orbit" + letters() + " Media";
        entity(name, "company");
        catalog.refreshNow();
        JsonPath result = ingest(page.replace("US expresses concern", "US expresses concern " + unique())
                .replace("Source: Jovempan", "Source: " + name));
        // An entity's id is not a source's: the publisher becomes a new source of that name, not a 400.
        String publisher = result.getString("article.publisher.id");
        admin().get("/v1/sources/" + publisher).then().statusCode(200).body("name", equalTo(name));
        assertThat(result.getBoolean("source.new")).isTrue();
    }

    @Test
    void shouldGiveQuotesTheSlugsTheyWouldGetOneByOne() {
        String text = page.replace("US expresses concern", "US expresses concern " + unique());
        ingest(text.replace("US expresses concern", "US expresses concern " + unique()));
        List<String> ids = ingest(text).getList("article.quotes.id");
        assertThat(ids).hasSize(12);
        Pattern numbered = Pattern.compile("^(.*)-(\\d+)$");
        for (String id : ids) {
            String slug = admin().get("/v1/quotes/" + id).then().statusCode(200).extract().path("slug");
            Matcher m = numbered.matcher(slug);
            if (m.matches() && Integer.parseInt(m.group(2)) <= 50) {
                // the first free one: the base and every smaller number are taken
                admin().get("/v1/quotes/" + m.group(1)).then().statusCode(200);
                for (int n = 2; n < Integer.parseInt(m.group(2)); n++) {
                    admin().get("/v1/quotes/" + m.group(1) + "-" + n).then().statusCode(200);
                }
            }
        }
        assertThat(ids.stream().map(id -> admin().get("/v1/quotes/" + id).then().extract().<String>path("slug")).distinct())
                .hasSize(12);
    }
}
