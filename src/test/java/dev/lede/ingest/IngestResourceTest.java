package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.REFERENCE;
import static dev.lede.ingest.Pages.REFERENCE_ARTICLE;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.referenceTagged;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static dev.lede.support.Status.UNPROCESSABLE;
import static dev.lede.support.Status.UNSUPPORTED_MEDIA_TYPE;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** POST /v1/ingest as a client sees it: what it answers for a page, and what it leaves stored. */
@QuarkusTest
class IngestResourceTest {
    private static final String ARTICLE = "/v1/articles/{idOrSlug}";
    private static final String ARTICLES = "/v1/articles";
    private static final String PEOPLE = "/v1/people";

    /** The reference page with its headline and body made unique, so each test ingests a page of its own. */
    private static String variant(String tag) {
        return referenceTagged(tag).replace("Kirby said the United States", "Kirby said " + tag + " that the United States");
    }

    @Test
    void shouldRecogniseTheReferencePageThatTheSeedIngested() {
        String seeded = anonymous().get(ARTICLE, REFERENCE_ARTICLE)
                .then().statusCode(OK).extract().path("id");
        asText().queryParam("dryRun", true).body(REFERENCE).post(INGEST).then().statusCode(OK)
                .body("duplicate", equalTo(true)).body("article.id", equalTo(seeded));
    }

    @Test
    void shouldExtractAPageInADryRunAndStoreNothing() {
        String tag = unique();
        JsonPath result = asText().queryParam("dryRun", true).body(variant(tag)).post(INGEST).then().statusCode(OK)
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
        admin().get(ARTICLE, slug).then().statusCode(NOT_FOUND);
        assertMatchesTheSeededArticle(result);
    }

    /** The dry run yields what the seed holds: the same people with roles, entities with kinds, quotes with speakers. */
    private static void assertMatchesTheSeededArticle(JsonPath dryRun) {
        JsonPath seeded = anonymous().queryParam("include", "quotes")
                .get(ARTICLE, REFERENCE_ARTICLE)
                .then().statusCode(OK).extract().jsonPath();
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
        ExtractableResponse<Response> first = asText().body(text).post(INGEST).then().statusCode(CREATED)
                .body("dryRun", equalTo(false)).body("duplicate", equalTo(false)).extract();
        String id = first.path("article.id");
        assertThat(first.header("Location")).endsWith("/v1/articles/" + id);
        admin().get(ARTICLE, id).then().statusCode(OK).body("status", equalTo("draft"))
                .body("people.slug", hasItem("john-kirby"));
        admin().get(ARTICLE + "/quotes", id).then().statusCode(OK).body("data.speaker.slug", hasItem("john-kirby"));
        asText().body(text + "\n\n").post(INGEST).then().statusCode(OK)
                .body("duplicate", equalTo(true)).body("article.id", equalTo(id))
                .body("people.id", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("people.new", org.hamcrest.Matchers.everyItem(equalTo(false)));
    }

    @Test
    void shouldRecogniseTheSameUrlAndPublishOnRequest() {
        String url = "https://example.org/news/" + unique();
        String id = admin().queryParam("publish", true)
                .body(Map.of("text", variant(unique()), "url", url, "language", "en")).post(INGEST)
                .then().statusCode(CREATED).body("article.status", equalTo("published"))
                .body("article.originalUrl", equalTo(url)).extract().path("article.id");
        anonymous().get(ARTICLE, id).then().statusCode(OK);
        // the same URL (normalised) with another text: the article revised, not a duplicate nor a stale answer
        admin().body(Map.of("text", variant(unique()), "url", url + "/")).post(INGEST).then().statusCode(OK)
                .body("outcome", equalTo("revised")).body("duplicate", equalTo(false)).body("article.id", equalTo(id));
    }

    @Test
    void shouldLeaveNothingBehindWhenAnIngestFailsPartWay() {
        String name = "Quartermain" + unique().replaceAll("[0-9]", "x");
        String sentence = "Mayor Maria " + name + " said the flood plan works for every district of the city. ";
        // One paragraph over the API's 100,000-character limit: people are linked (created) before the article is
        // validated, so this fails after writes have started.
        String text = "Flood plan approved in the city\n\nThe council backs the mayor's plan.\n\n" + sentence.repeat(1500);
        String small = "Flood plan approved in the city\n\nThe council backs the mayor's plan.\n\n" + sentence.repeat(3);
        asText().queryParam("dryRun", true).body(small).post(INGEST).then().statusCode(OK)
                .body("people.name", hasItem("Maria " + name)).body("people[0].new", equalTo(true))
                .body("people[0].id", org.hamcrest.Matchers.nullValue())
                .body("article.people.find { it.name == 'Maria " + name + "' }.id", org.hamcrest.Matchers.nullValue())
                .body("article.people.find { it.name == 'Maria " + name + "' }.slug", org.hamcrest.Matchers.notNullValue());
        asText().body(text).post(INGEST).then().statusCode(UNPROCESSABLE).contentType("application/problem+json");
        anonymous().queryParam("q", "Maria " + name).get(PEOPLE).then().statusCode(OK).body("data", hasSize(0));
        admin().queryParam("status", "all").queryParam("limit", 100).get(ARTICLES).then().statusCode(OK)
                .body("data.headline", not(hasItem("Flood plan approved in the city")));
    }

    /** A page about a city plan in which the mayor, of this name, gives the same quote as in every other. */
    private static String mayorSays(String name, String topic) {
        return "City approves the " + topic + " plan " + unique() + "\n\nThe council voted on Monday.\n\n"
                + "Mayor " + name + " said the " + topic + " will open next year. \u201cIt is a good day for the city,\u201d "
                + name + " told reporters.";
    }

    @Test
    void shouldLinkANewPersonOnceAcrossIngestsInARow() {
        String name = "Maria Quill" + unique().replaceAll("[0-9]", "q");
        for (String topic : List.of("bridge", "harbour")) {
            asText().body(mayorSays(name, topic)).post(INGEST).then().statusCode(CREATED);
        }
        anonymous().queryParam("q", name).get(PEOPLE).then().statusCode(OK).body("data", hasSize(1));
    }

    /**
     * Pages naming one new person at the same moment all derive the same slugs (the person's, the quote's): the
     * ingests that lose the race on them run again as a whole, and then link to the person the winner created.
     */
    @Test
    void shouldStoreEveryPageAndItsNewPersonOnceWhenPagesArriveTogether() throws Exception {
        List<String> topics = List.of("bridge", "harbour", "tunnel", "ferry");
        ExecutorService clients = Executors.newFixedThreadPool(topics.size());
        try {
            for (int round = 0; round < 5; round++) { // the race is a window of milliseconds: several rounds to meet it
                String name = "Maria Quill" + unique().replaceAll("[0-9]", "q");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (String topic : topics) {
                    statuses.add(clients.submit(() -> {
                        start.await();
                        return asText().body(mayorSays(name, topic)).post(INGEST).then().extract().statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> status : statuses) {
                    assertThat(status.get(2, TimeUnit.MINUTES)).as("status of one of the concurrent ingests").isEqualTo(CREATED);
                }
                anonymous().queryParam("q", name).get(PEOPLE).then().statusCode(OK).body("data", hasSize(1));
            }
        } finally {
            clients.shutdownNow();
        }
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
                .post(INGEST).then().statusCode(CREATED).extract().path("article.id");
        String stored = admin().get(ARTICLE, id).then().statusCode(OK).extract().asString();
        assertThat(stored).doesNotContain("alert").doesNotContain("steal()").doesNotContain("<script").doesNotContain("Home | World");
    }

    @Test
    void shouldRefuseEmptyBinaryAndArticlelessPages() {
        asText().body("   \n ").post(INGEST).then().statusCode(BAD_REQUEST).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain")
                .body(new byte[] {0x4c, 0x00, 0x01, (byte) 0xff}).post(INGEST).then().statusCode(UNSUPPORTED_MEDIA_TYPE);
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/octet-stream")
                .body(new byte[] {1, 2, 3}).post(INGEST).then().statusCode(UNSUPPORTED_MEDIA_TYPE);
        asText().body("- Advertisement -\nLatest Posts\n").post(INGEST).then().statusCode(UNPROCESSABLE)
                .contentType("application/problem+json");
        admin().body(Map.of("text", "a", "html", "<p>b</p>")).post(INGEST).then().statusCode(BAD_REQUEST);
        given().contentType("text/plain").body(REFERENCE).post(INGEST).then().statusCode(UNAUTHORIZED);
    }
}
