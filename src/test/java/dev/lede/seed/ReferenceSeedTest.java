package dev.lede.seed;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference article loaded on first start matches the hand-made ground truth of its page
 * ({@code fixtures/pages/000_bda395528f16ca54.truth.json}, copied from the shared fixtures).
 */
@QuarkusTest
class ReferenceSeedTest {
    private static final String SLUG = "us-expresses-concern-over-military-association-between-russia-and-iran";
    private static JsonNode truth;
    private static String page;

    @BeforeAll
    static void readTruth() throws IOException {
        try (InputStream in = ReferenceSeedTest.class.getResourceAsStream("/fixtures/pages/000_bda395528f16ca54.truth.json");
             InputStream raw = ReferenceSeedTest.class.getResourceAsStream("/fixtures/pages/000_bda395528f16ca54.txt")) {
            truth = new ObjectMapper().readTree(in);
            page = new String(raw.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldServeTheReferenceArticleWhenFilteringByJohnKirby() {
        JsonPath list = anonymous().queryParam("person", "john-kirby").queryParam("include", "people,entities")
                .get("/v1/articles").then().statusCode(OK).body("data.slug", hasItem(SLUG)).extract().jsonPath();
        int index = list.<String>getList("data.slug").indexOf(SLUG);
        Map<String, String> roles = new HashMap<>();
        list.<Map<String, Object>>getList("data[" + index + "].people").forEach(p -> roles.put((String) p.get("name"), (String) p.get("role")));
        Map<String, String> expectedRoles = new HashMap<>();
        truth.path("people").forEach(p -> expectedRoles.put(p.path("name").asText(), p.path("role").asText()));
        assertThat(roles).isEqualTo(expectedRoles);
        Map<String, String> kinds = new HashMap<>();
        list.<Map<String, Object>>getList("data[" + index + "].entities").forEach(e -> kinds.put((String) e.get("name"), (String) e.get("kind")));
        Map<String, String> expectedKinds = new HashMap<>();
        truth.path("entities").forEach(e -> expectedKinds.put(e.path("name").asText(), e.path("kind").asText()));
        assertThat(kinds).isEqualTo(expectedKinds);
    }

    @Test
    void shouldHoldTheCleanTextWithPublisherCreditAndDate() {
        JsonPath article = anonymous().get("/v1/articles/{idOrSlug}", SLUG).then().statusCode(OK)
                .body("headline", equalTo(truth.path("headline").asText()))
                .body("standfirst", equalTo(truth.path("standfirst").asText()))
                .body("publisher.name", equalTo("Jovem Pan"))
                .body("credits[0].name", equalTo("AFP")).body("credits[0].role", equalTo("wire"))
                .body("publishedAt", equalTo("2022-12-09T12:00:00Z"))
                .body("translatedFrom", equalTo("pt-BR"))
                .extract().jsonPath();
        List<String> body = article.getList("body");
        assertThat(body).hasSize(truth.path("bodyLineCount").asInt());
        assertThat(body.get(0)).startsWith(truth.path("bodyStartsWith").asText());
        assertThat(body.get(body.size() - 1)).endsWith(truth.path("bodyEndsWith").asText());
        String text = String.join("\n", body);
        truth.path("boilerplateLines").forEach(line -> assertThat(text).doesNotContain(line.asText()));
        body.forEach(paragraph -> assertThat(page).contains(paragraph));
    }

    @Test
    void shouldAttributeEveryQuoteOfTheTruthToItsSpeaker() {
        JsonPath quotes = anonymous().queryParam("limit", 100).get("/v1/articles/{idOrSlug}/quotes", SLUG)
                .then().statusCode(OK).extract().jsonPath();
        List<String> actual = new ArrayList<>();
        for (Map<String, Object> quote : quotes.<Map<String, Object>>getList("data")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> speaker = (Map<String, Object>) quote.get("speaker");
            actual.add(quote.get("text") + " | " + speaker.get("name") + " | " + quote.get("fragment"));
        }
        List<String> expected = new ArrayList<>();
        truth.path("quotes").forEach(q -> expected.add(q.path("text").asText() + " | " + q.path("speaker").asText()
                + " | " + q.path("fragment").asBoolean()));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldListJohnKirbysQuotes() {
        List<String> texts = anonymous().queryParam("limit", 100).queryParam("article", SLUG).get("/v1/people/john-kirby/quotes").then().statusCode(OK)
                .body("data.speaker.slug", org.hamcrest.Matchers.everyItem(equalTo("john-kirby")))
                .extract().jsonPath().getList("data.text");
        List<String> expected = new ArrayList<>();
        truth.path("quotes").forEach(q -> {
            if (q.path("speaker").asText().equals("John Kirby")) {
                expected.add(q.path("text").asText());
            }
        });
        assertThat(texts).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldKnowTheMetonymsAndAliases() {
        anonymous().get("/v1/entities/russia").then().statusCode(OK).body("aliases", hasItem("Moscow")).body("kind", equalTo("country"));
        anonymous().get("/v1/entities/iran").then().statusCode(OK).body("aliases", hasItem("Tehran"));
        anonymous().get("/v1/sources/jovem-pan").then().statusCode(OK).body("aliases", hasItem("Jovempan"));
        anonymous().queryParam("q", "kirby").get("/v1/people").then().statusCode(OK).body("data.slug", hasItem("john-kirby"));
    }
}
