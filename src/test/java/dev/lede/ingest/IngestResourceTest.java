package dev.lede.ingest;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IngestResourceTest {
    private static String page;

    @BeforeAll
    static void readPage() throws IOException {
        try (InputStream in = IngestResourceTest.class.getResourceAsStream("/fixtures/pages/000_bda395528f16ca54.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static io.restassured.specification.RequestSpecification plain() {
        return given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain; charset=UTF-8");
    }

    /** The reference page with its headline and body made unique, so each test ingests a page of its own. */
    private static String variant(String tag) {
        return page.replace("US expresses concern", "US expresses concern " + tag)
                .replace("Kirby said the United States", "Kirby said " + tag + " that the United States");
    }

    @Test
    void shouldRecogniseTheReferencePageThatTheSeedIngested() {
        String seeded = anonymous().get("/v1/articles/us-expresses-concern-over-military-association-between-russia-and-iran")
                .then().statusCode(200).extract().path("id");
        plain().queryParam("dryRun", true).body(page).post("/v1/ingest").then().statusCode(200)
                .body("duplicate", equalTo(true)).body("article.id", equalTo(seeded));
    }

    @Test
    void shouldExtractAPageInADryRunAndStoreNothing() {
        String tag = unique();
        JsonPath result = plain().queryParam("dryRun", true).body(variant(tag)).post("/v1/ingest").then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("duplicate", equalTo(false))
                .body("article.headline", equalTo("US expresses concern " + tag + " over ‘military association’ between Russia and Iran"))
                .body("article.standfirst", containsString("joint production line for lethal drones"))
                .body("article.publisher.name", equalTo("Jovem Pan"))
                .body("source.new", equalTo(false))
                .body("credits.name", hasItem("AFP"))
                .body("people.name", hasItem("John Kirby"))
                .body("removedLines", hasItem("- Advertisement -"))
                .body("quotes.confidence", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThan(0f)).and(org.hamcrest.Matchers.lessThanOrEqualTo(1f))))
                .extract().jsonPath();
        // Every quote found in the body says where: the span covers its text in the stored body.
        String body = String.join("\n\n", result.<String>getList("article.body"));
        for (Map<String, Object> quote : result.<Map<String, Object>>getList("quotes")) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) quote.get("span");
            if (span != null) {
                assertThat(body.substring(span.get("start"), span.get("end"))).contains((String) quote.get("text"));
            }
        }
        assertThat(result.getString("article.id")).isNull();
        Map<String, String> roles = new java.util.HashMap<>();
        result.<Map<String, Object>>getList("people").forEach(p -> roles.put((String) p.get("name"), (String) p.get("role")));
        assertThat(roles).containsEntry("John Kirby", "White House National Security Spokesperson")
                .containsKeys("Vassily Nebenzia", "Antony Blinken");
        String slug = result.getString("article.slug");
        admin().get("/v1/articles/" + slug).then().statusCode(404);
        assertMatchesTheSeededArticle(result);
    }

    /** The dry run yields what the seed holds: the same people with roles, entities with kinds, quotes with speakers. */
    private static void assertMatchesTheSeededArticle(JsonPath dryRun) {
        JsonPath seeded = anonymous().queryParam("include", "quotes")
                .get("/v1/articles/us-expresses-concern-over-military-association-between-russia-and-iran")
                .then().statusCode(200).extract().jsonPath();
        assertThat(pairs(dryRun, "article.people", "slug", "role")).isEqualTo(pairs(seeded, "people", "slug", "role"));
        assertThat(pairs(dryRun, "article.entities", "slug", "kind")).isEqualTo(pairs(seeded, "entities", "slug", "kind"));
        assertThat(pairs(dryRun, "article.quotes", "text", "fragment")).isEqualTo(pairs(seeded, "quotes", "text", "fragment"));
        assertThat(dryRun.getString("article.publisher.slug")).isEqualTo(seeded.getString("publisher.slug"));
        assertThat(dryRun.getList("article.credits.slug")).isEqualTo(seeded.getList("credits.slug"));
        assertThat(dryRun.getList("article.quotes.speaker.slug")).containsExactlyInAnyOrderElementsOf(seeded.getList("quotes.speaker.slug"));
    }

    private static java.util.Set<String> pairs(JsonPath json, String path, String first, String second) {
        java.util.Set<String> pairs = new java.util.TreeSet<>();
        json.<Map<String, Object>>getList(path).forEach(item -> pairs.add(item.get(first) + " | " + item.get(second)));
        return pairs;
    }

    @Test
    void shouldStoreAnArticleOnceAndAnswerTheSamePageWithIt() {
        String text = variant(unique());
        ExtractableResponse<Response> first = plain().body(text).post("/v1/ingest").then().statusCode(201)
                .body("dryRun", equalTo(false)).body("duplicate", equalTo(false)).extract();
        String id = first.path("article.id");
        assertThat(first.header("Location")).endsWith("/v1/articles/" + id);
        admin().get("/v1/articles/" + id).then().statusCode(200).body("status", equalTo("draft"))
                .body("people.slug", hasItem("john-kirby"));
        admin().get("/v1/articles/" + id + "/quotes").then().statusCode(200).body("data.speaker.slug", hasItem("john-kirby"));
        plain().body(text + "\n\n").post("/v1/ingest").then().statusCode(200)
                .body("duplicate", equalTo(true)).body("article.id", equalTo(id))
                .body("people.id", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("people.new", org.hamcrest.Matchers.everyItem(equalTo(false)));
    }

    @Test
    void shouldRecogniseTheSameUrlAndPublishOnRequest() {
        String url = "https://example.org/news/" + unique();
        String id = admin().queryParam("publish", true)
                .body(Map.of("text", variant(unique()), "url", url, "language", "en")).post("/v1/ingest")
                .then().statusCode(201).body("article.status", equalTo("published"))
                .body("article.originalUrl", equalTo(url)).extract().path("article.id");
        anonymous().get("/v1/articles/" + id).then().statusCode(200);
        admin().body(Map.of("text", variant(unique()), "url", url + "/")).post("/v1/ingest").then().statusCode(200)
                .body("duplicate", equalTo(true)).body("article.id", equalTo(id));
    }

    @Test
    void shouldLeaveNothingBehindWhenAnIngestFailsPartWay() {
        String name = "Quartermain" + unique().replaceAll("[0-9]", "x");
        String sentence = "Mayor Maria " + name + " said the flood plan works for every district of the city. ";
        // One paragraph over the API's 100,000-character limit: people are linked (created) before the article is
        // validated, so this fails after writes have started.
        String text = "Flood plan approved in the city\n\nThe council backs the mayor's plan.\n\n" + sentence.repeat(1500);
        String small = "Flood plan approved in the city\n\nThe council backs the mayor's plan.\n\n" + sentence.repeat(3);
        plain().queryParam("dryRun", true).body(small).post("/v1/ingest").then().statusCode(200)
                .body("people.name", hasItem("Maria " + name)).body("people[0].new", equalTo(true))
                .body("people[0].id", org.hamcrest.Matchers.nullValue())
                .body("article.people.find { it.name == 'Maria " + name + "' }.id", org.hamcrest.Matchers.nullValue())
                .body("article.people.find { it.name == 'Maria " + name + "' }.slug", org.hamcrest.Matchers.notNullValue());
        plain().body(text).post("/v1/ingest").then().statusCode(422).contentType("application/problem+json");
        anonymous().queryParam("q", "Maria " + name).get("/v1/people").then().statusCode(200).body("data", hasSize(0));
        admin().queryParam("status", "all").queryParam("limit", 100).get("/v1/articles").then().statusCode(200)
                .body("data.headline", not(hasItem("Flood plan approved in the city")));
    }

    @Test
    void shouldLinkANewPersonOnceAcrossIngestsInARow() {
        String name = "Maria Quill" + unique().replaceAll("[0-9]", "q");
        for (String topic : List.of("bridge", "harbour")) {
            String text = "City approves the " + topic + " plan " + unique() + "\n\nThe council voted on Monday.\n\n"
                    + "Mayor " + name + " said the " + topic + " will open next year. \u201cIt is a good day for the city,\u201d "
                    + name + " told reporters.";
            plain().body(text).post("/v1/ingest").then().statusCode(201);
        }
        anonymous().queryParam("q", name).get("/v1/people").then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void shouldNeverStoreScriptsFromHtml() {
        String tag = unique();
        String html = "<html><head><title>Lede test " + tag + "</title><script>alert('x" + tag + "')</script></head><body>"
                + "<nav>Home | World | Sport</nav><article><h1>Parliament passes the budget " + tag + "</h1>"
                + "<p>The parliament passed the budget on Tuesday after a long debate, officials said.</p>"
                + "<p>“This is a good day,” said Finance Minister Maria Lopes.</p><script>steal()</script></article>"
                + "<footer>© Example News</footer></body></html>";
        String id = given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/html; charset=UTF-8").body(html)
                .post("/v1/ingest").then().statusCode(201).extract().path("article.id");
        String stored = admin().get("/v1/articles/" + id).then().statusCode(200).extract().asString();
        assertThat(stored).doesNotContain("alert").doesNotContain("steal()").doesNotContain("<script").doesNotContain("Home | World");
    }

    @Test
    void shouldRefuseEmptyBinaryAndArticlelessPages() {
        plain().body("   \n ").post("/v1/ingest").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain")
                .body(new byte[] {0x4c, 0x00, 0x01, (byte) 0xff}).post("/v1/ingest").then().statusCode(415);
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/octet-stream")
                .body(new byte[] {1, 2, 3}).post("/v1/ingest").then().statusCode(415);
        plain().body("- Advertisement -\nLatest Posts\n").post("/v1/ingest").then().statusCode(422)
                .contentType("application/problem+json");
        admin().body(Map.of("text", "a", "html", "<p>b</p>")).post("/v1/ingest").then().statusCode(400);
        given().contentType("text/plain").body(page).post("/v1/ingest").then().statusCode(401);
    }
}
