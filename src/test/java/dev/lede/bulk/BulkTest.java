package dev.lede.bulk;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.CONTENT_TOO_LARGE;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static dev.lede.support.Status.UNSUPPORTED_MEDIA_TYPE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.lede.platform.changelog.ChangeEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** POST /v1/bulk: NDJSON through the API's validation and services, batched, with per-line errors. */
@QuarkusTest
class BulkTest {
    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    private static RequestSpecification bulk() {
        return ndjson().header("Authorization", "Bearer " + TEST_KEY);
    }

    /** REST Assured sends NDJSON as UTF-8 text. */
    private static RequestSpecification ndjson() {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(BulkResource.NDJSON, ContentType.TEXT)
                        .defaultCharsetForContentType("UTF-8", BulkResource.NDJSON)))
                .contentType(BulkResource.NDJSON);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String catalog(String u) {
        return lines(
                "{\"type\": \"source\", \"data\": {\"name\": \"Bulk Wire " + u + "\", \"kind\": \"wire_agency\", \"slug\": \"bulk-wire-" + u + "\"}}",
                "{\"type\": \"entity\", \"data\": {\"name\": \"Bulkland " + u + "\", \"kind\": \"country\", \"slug\": \"bulkland-" + u + "\"}}",
                "{\"type\": \"person\", \"data\": {\"name\": \"Bea Bulk " + u + "\", \"aliases\": [\"Bulk\"], \"slug\": \"bea-bulk-" + u + "\"}}");
    }

    private static String article(String u, int i, boolean publish) {
        return "{\"type\": \"article\", " + (publish ? "\"publish\": true, " : "") + "\"data\": {\"headline\": \"Bulk story " + u + " " + i
                + "\", \"language\": \"en\", \"tags\": [\"bulk-" + u + "\"], \"body\": [\"Bea Bulk " + u + " visited Bulkland " + u
                + ". Bulk said so.\"], \"publisher\": \"bulk-wire-" + u + "\", \"credits\": [{\"source\": \"bulk-wire-" + u
                + "\", \"role\": \"wire\"}], \"people\": [{\"person\": \"bea-bulk-" + u + "\"}], \"entities\": [{\"entity\": \"bulkland-" + u + "\"}]}}";
    }

    private long lastSeq() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select coalesce(max(e.seq), 0) from ChangeEvent e", Long.class).getSingleResult());
    }

    private List<ChangeEvent> eventsAfter(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from ChangeEvent e where e.seq > :seq order by e.seq", ChangeEvent.class).setParameter("seq", seq).getResultList());
    }

    @Test
    void shouldStoreValidLinesThroughTheApiModelAndAppendTheChangeLog() {
        String u = unique();
        long before = lastSeq();
        bulk().body(catalog(u) + lines(article(u, 1, true), article(u, 2, false)))
                .post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(5)).body("rejected", equalTo(0)).body("errors", hasSize(0));
        // Published and readable by anyone, with its references resolved and mentions counted like the API does.
        anonymous().get("/v1/articles/{idOrSlug}", "bulk-story-" + u + "-1").then().statusCode(OK)
                .body("status", equalTo("published"))
                .body("publisher.slug", equalTo("bulk-wire-" + u))
                .body("people[0].slug", equalTo("bea-bulk-" + u))
                .body("people[0].mentions", equalTo(2))
                .body("entities[0].slug", equalTo("bulkland-" + u));
        anonymous().get("/v1/articles/{idOrSlug}", "bulk-story-" + u + "-2").then().statusCode(NOT_FOUND); // a draft
        // One event per write, in order: 3 catalog creations, created+published, created.
        assertThat(eventsAfter(before)).extracting(e -> e.type + ":" + e.op).containsExactly(
                "source:created", "entity:created", "person:created", "article:created", "article:published", "article:created");
    }

    @Test
    void shouldRejectInvalidLinesWithTheirNumberAndFieldWhileStoringTheOthers() {
        String u = unique();
        String body = catalog(u) + lines(
                article(u, 1, true),                                                                   // 4: ok
                article(u, 2, true).replace("\"person\": \"bea-bulk-" + u + "\"", "\"person\": \"nobody-" + u + "\""), // 5: unknown person
                "{\"type\": \"article\", \"data\": {\"language\": \"en\"}}",                         // 6: no headline
                "{\"type\": \"article\", \"data\": {\"headline\": \"x\", ",                         // 7: malformed
                "",                                                                                    // 8: blank, skipped
                "{\"type\": \"poem\", \"data\": {}}",                                                // 9: unknown type
                "{\"type\": \"person\", \"data\": {\"name\": \"P " + u + "\", \"shoeSize\": 44}}",   // 10: unknown field
                article(u, 3, false));                                                                 // 11: ok
        bulk().body(body).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(5)).body("rejected", equalTo(5)).body("truncated", equalTo(false))
                .body("errors.line", equalTo(List.of(5, 6, 7, 9, 10)))
                .body("errors[0].errors[0].field", equalTo("people[0].person"))
                .body("errors[0].errors[0].message", equalTo("no person 'nobody-" + u + "'"))
                .body("errors[1].errors[0].field", equalTo("headline"))
                .body("errors[2].errors[0].field", equalTo("body"))
                .body("errors[3].errors[0].field", equalTo("type"))
                .body("errors[4].errors[0].field", equalTo("shoeSize"));
        anonymous().queryParam("tag", "bulk-" + u).get("/v1/articles").then().statusCode(OK).body("data", hasSize(1));
        anonymous().get("/v1/articles/{idOrSlug}", "bulk-story-" + u + "-2").then().statusCode(NOT_FOUND);
        given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/articles/{idOrSlug}", "bulk-story-" + u + "-3")
                .then().statusCode(OK).body("status", equalTo("draft"));
    }

    @Test
    void shouldNeedTheAdminKey() {
        ValidatableResponse response = ndjson().body(catalog(unique()))
                .post("/v1/bulk").then().statusCode(UNAUTHORIZED);
        response.contentType("application/problem+json");
        ndjson().header("Authorization", "Bearer wrong").body(catalog(unique()))
                .post("/v1/bulk").then().statusCode(UNAUTHORIZED);
    }

    @Test
    void shouldRefuseOtherMediaTypes() {
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/json").body("{}")
                .post("/v1/bulk").then().statusCode(UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void shouldAcceptBodiesOverTheGeneralLimitUpToItsOwn() {
        String u = unique();
        StringBuilder body = new StringBuilder(catalog(u));
        String padding = " ".repeat(100_000);
        for (int i = 0; i < 15; i++) { // about 1.5 MB: over the general 1 MiB limit
            body.append(article(u, i, true), 0, article(u, i, true).length() - 2)
                    .append(padding).append("}}\n");
        }
        assertThat(body.length()).isGreaterThan(1_048_576).isLessThan(3_145_728);
        bulk().body(body.toString()).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(18));
        // ... while the general limit still applies everywhere else.
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/json")
                .body("{\"name\": \"Big " + u + "\", \"kind\": \"publisher\"" + " ".repeat(1_100_000) + "}")
                .post("/v1/sources").then().statusCode(CONTENT_TOO_LARGE);
    }

    @Test
    void shouldRefuseBodiesOverItsOwnLimit() {
        String u = unique();
        String line = "{\"type\": \"person\", \"data\": {\"name\": \"Never " + u + "\"" + " ".repeat(1_000_000) + "}}\n";
        bulk().body(line.repeat(4)).post("/v1/bulk").then().statusCode(CONTENT_TOO_LARGE)
                .contentType("application/problem+json").body("maxBytes", equalTo(3_145_728));
        anonymous().queryParam("q", "Never " + u).get("/v1/people").then().statusCode(OK).body("data", hasSize(0));
    }

    /** Per article, a bulk load runs a fraction of the statements of creating and publishing it through the API. */
    @Test
    void shouldRunAFractionOfTheApisStatementsPerArticle() {
        String u = unique();
        bulk().body(catalog(u)).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(3));

        sessionFactory.getStatistics().clear();
        String api = given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/json")
                .body(article(u, 0, false).replaceFirst("^\\{\"type\": \"article\", \"data\": ", "").replaceFirst("}$", ""))
                .post("/v1/articles").then().statusCode(CREATED).extract().path("id");
        given().header("Authorization", "Bearer " + TEST_KEY).header("If-Match", "*")
                .post("/v1/articles/{idOrSlug}/publish", api).then().statusCode(OK);
        long viaApi = sessionFactory.getStatistics().getPrepareStatementCount();

        long eight = statementsForBulkOf(u, 100, 8);
        long sixteen = statementsForBulkOf(u, 200, 16);
        // A batch fetches its references and slugs once and sends its inserts in JDBC batches: with the test
        // profile's batches of 4 lines, about 5.5 statements per article against 32 for the API (when every
        // article looked up each reference and flushed alone, bulk ran 20 per article, the API 33).
        assertThat((double) eight / 8).as("statements per article in bulk vs API create+publish (%d)", viaApi)
                .isLessThanOrEqualTo(viaApi / 4.0);
        assertThat(sixteen).as("linear in the number of lines").isLessThanOrEqualTo(2 * eight);
    }

    private long statementsForBulkOf(String u, int from, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(article(u, from + i, true));
        }
        sessionFactory.getStatistics().clear();
        bulk().body(lines(lines.toArray(String[]::new))).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(count));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /** The test profile commits 4 lines per batch: lines 1-4 of a body are one batch, 5-8 the next. */
    @Test
    void shouldResolveWhatEarlierLinesOfTheSameBatchCreated() {
        String u = unique();
        // One batch: the person and entity are created by lines 1 and 2, the article of line 3 names them.
        bulk().body(lines(
                        "{\"type\": \"person\", \"data\": {\"name\": \"Ada Same " + u + "\", \"aliases\": [\"Same\"], \"slug\": \"ada-same-" + u + "\"}}",
                        "{\"type\": \"entity\", \"data\": {\"name\": \"Sameland " + u + "\", \"kind\": \"country\", \"slug\": \"sameland-" + u + "\"}}",
                        "{\"type\": \"article\", \"publish\": true, \"data\": {\"headline\": \"Same batch " + u + "\", \"language\": \"en\", "
                                + "\"body\": [\"Ada Same " + u + " left Sameland " + u + ". Same said so.\"], "
                                + "\"people\": [{\"person\": \"ada-same-" + u + "\"}], \"entities\": [{\"entity\": \"sameland-" + u + "\"}]}}"))
                .post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(3)).body("rejected", equalTo(0));
        anonymous().get("/v1/articles/{idOrSlug}", "same-batch-" + u).then().statusCode(OK)
                .body("people[0].slug", equalTo("ada-same-" + u)).body("people[0].mentions", equalTo(2))
                .body("people[0].firstOffset", equalTo(0))
                .body("entities[0].slug", equalTo("sameland-" + u)).body("entities[0].mentions", equalTo(1));
    }

    @Test
    void shouldGiveLinesOfOneBatchDistinctSlugsAndRefuseARequestedSlugAnEarlierLineTook() {
        String u = unique();
        String existing = given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/json")
                .body("{\"headline\": \"Twice told " + u + "\", \"language\": \"en\"}")
                .post("/v1/articles").then().statusCode(CREATED).extract().path("slug");
        String twice = "{\"type\": \"article\", \"data\": {\"headline\": \"Twice told " + u + "\", \"language\": \"en\"}}";
        bulk().body(lines(twice, twice,
                        "{\"type\": \"article\", \"data\": {\"headline\": \"Other " + u + "\", \"slug\": \"twice-told-" + u + "-3\", \"language\": \"en\"}}",
                        "{\"type\": \"article\", \"data\": {\"headline\": \"Free " + u + "\", \"language\": \"en\"}}"))
                .post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(3)).body("rejected", equalTo(1))
                .body("errors[0].line", equalTo(3)).body("errors[0].errors[0].field", equalTo("slug"));
        assertThat(existing).isEqualTo("twice-told-" + u);
        given().header("Authorization", "Bearer " + TEST_KEY).queryParam("status", "all").queryParam("sort", "headline")
                .queryParam("limit", 100).get("/v1/articles").then().statusCode(OK); // the list still answers
        for (String slug : List.of("twice-told-" + u + "-2", "twice-told-" + u + "-3", "free-" + u)) {
            given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK);
        }
    }

    @Test
    void shouldResolveAReferenceByAnOldSlug() {
        String u = unique();
        bulk().body(catalog(u)).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(3));
        given().header("Authorization", "Bearer " + TEST_KEY).header("If-Match", "*").contentType("application/json")
                .body("{\"name\": \"Bea Bulk " + u + "\", \"aliases\": [\"Bulk\"], \"slug\": \"bea-renamed-" + u + "\"}")
                .put("/v1/people/{idOrSlug}", "bea-bulk-" + u).then().statusCode(OK);
        bulk().body(lines(article(u, 1, true))).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(1));
        anonymous().get("/v1/articles/{idOrSlug}", "bulk-story-" + u + "-1").then().statusCode(OK)
                .body("people[0].slug", equalTo("bea-renamed-" + u)).body("people[0].mentions", equalTo(2));
    }

    /** Seq values of a batch are consecutive, in line order, with the written versions; the counter ends on the last. */
    @Test
    void shouldAppendOneEventPerWriteInOrderWithoutGapsAcrossBatches() {
        String u = unique();
        long before = lastSeq();
        List<String> body = new ArrayList<>(List.of(catalog(u).split("\n")));
        for (int i = 0; i < 6; i++) {
            body.add(article(u, i, i % 2 == 0));
        }
        bulk().body(lines(body.toArray(String[]::new))).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(9));
        List<ChangeEvent> events = eventsAfter(before);
        assertThat(events).extracting(e -> e.type + ":" + e.op + ":" + e.version).containsExactly(
                "source:created:0", "entity:created:0", "person:created:0",
                "article:created:0", "article:published:1", "article:created:0",
                "article:created:0", "article:published:1", "article:created:0",
                "article:created:0", "article:published:1", "article:created:0");
        // What is stored is what the events say: the published ones at version 1, the drafts at 0.
        given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/articles/{idOrSlug}", "bulk-story-" + u + "-0").then().statusCode(OK)
                .body("version", equalTo(1)).body("status", equalTo("published")).header("ETag", org.hamcrest.Matchers.startsWith("\"v1-"));
        given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/articles/{idOrSlug}", "bulk-story-" + u + "-1").then().statusCode(OK)
                .body("version", equalTo(0)).body("status", equalTo("draft"));
        assertThat(events).extracting(e -> e.seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(before + 1, before + 12).boxed().toList());
        long head = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT last_seq FROM change_log_head WHERE id = 1").getSingleResult()).longValue());
        assertThat(head).isEqualTo(before + 12);
        // The next write, outside any batch, takes the next seq.
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/json")
                .body("{\"headline\": \"After " + u + "\", \"language\": \"en\"}").post("/v1/articles").then().statusCode(CREATED);
        assertThat(eventsAfter(before + 12)).extracting(e -> e.seq).containsExactly(before + 13);
    }

    /** Requests sent at once both store everything, and the change log stays gap-free in commit order. */
    @Test
    void shouldStoreTwoRequestsSentAtOnceWithAGapFreeChangeLog() throws Exception {
        long before = lastSeq();
        List<String> bodies = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            String u = unique();
            List<String> body = new ArrayList<>(List.of(catalog(u).split("\n")));
            for (int i = 0; i < 9; i++) {
                body.add(article(u, i, true)); // 3 catalog + 9 articles: three batches of 4 per request
            }
            bodies.add(lines(body.toArray(String[]::new)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> accepted = new ArrayList<>();
            for (String body : bodies) {
                accepted.add(pool.submit(() -> {
                    start.await();
                    return bulk().body(body).post("/v1/bulk").then().statusCode(OK).body("rejected", equalTo(0))
                            .extract().<Integer>path("accepted");
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> request : accepted) {
                assertThat(request.get(120, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(12);
            }
        } finally {
            pool.shutdownNow();
        }
        // 2 x (3 catalog creations + 9 articles created and published): every one numbered, none twice, no gap.
        assertThat(eventsAfter(before)).extracting(e -> e.seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(before + 1, before + 42).boxed().toList());
    }

    private static String quote(String text, String article, String speaker) {
        return "{\"type\": \"quote\", \"data\": {\"text\": \"" + text + "\", \"article\": \"" + article + "\""
                + (speaker == null ? "" : ", \"speaker\": {\"type\": \"person\", \"id\": \"" + speaker + "\"}") + "}}";
    }

    @Test
    void shouldStoreQuotesOfArticlesCreatedByEarlierLinesValidatedLikeTheApi() {
        String u = unique();
        long before = lastSeq();
        String slug = "bulk-story-" + u + "-1";
        String body = catalog(u) + lines(
                quote("visited Bulkland", slug, "bea-bulk-" + u),             // 4: the article comes later: refused
                article(u, 1, true),                                          // 5
                quote("visited Bulkland " + u, slug, "bea-bulk-" + u),        // 6: same batch as its article
                quote("Bulk said so", slug, null),                            // 7
                quote(" ", slug, null),                                       // 8: blank text
                quote("so", slug, "nobody-" + u),                             // 9: unknown speaker
                "{\"type\": \"quote\", \"publish\": true, \"data\": {\"text\": \"x\", \"article\": \"" + slug + "\"}}"); // 10
        bulk().body(body).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(6)).body("rejected", equalTo(4))
                .body("errors.line", equalTo(List.of(4, 8, 9, 10)))
                .body("errors[0].errors[0].field", equalTo("article"))
                .body("errors[0].errors[0].message", equalTo("no article '" + slug + "'"))
                .body("errors[1].errors[0].field", equalTo("text"))
                .body("errors[2].errors[0].field", equalTo("speaker.id"))
                .body("errors[3].errors[0].field", equalTo("publish"));
        anonymous().queryParam("sort", "offset").get("/v1/articles/{idOrSlug}/quotes", slug).then().statusCode(OK)
                .body("data.text", equalTo(List.of("visited Bulkland " + u, "Bulk said so")))
                .body("data[0].speaker.slug", equalTo("bea-bulk-" + u)).body("data[1].speaker", equalTo(null))
                .body("data.offset", equalTo(List.of(("Bea Bulk " + u + " ").length(), ("Bea Bulk " + u + " visited Bulkland " + u + ". ").length())))
                .body("data.fragment", equalTo(List.of(true, true))); // three words each: fragments, as the API decides
        assertThat(eventsAfter(before)).extracting(e -> e.type + ":" + e.op).containsExactly(
                "source:created", "entity:created", "person:created", "article:created", "article:published",
                "quote:created", "quote:created");
    }

    /** Bulk writes quotes by QuoteService's rules without calling it: the same input gives the same quote both ways. */
    @Test
    void shouldStoreTheSameQuoteAsPostQuotes() {
        String u = unique();
        bulk().body(catalog(u) + lines(article(u, 1, true))).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(4));
        String slug = "bulk-story-" + u + "-1";
        anonymous().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK).body("quotes", hasSize(0));
        List<String> texts = List.of("visited Bulkland " + u + ". Bulk said", "Bea", "not in the body at all");
        for (String text : texts) {
            Map<String, Object> input = Map.of("text", " " + text + " ", "article", slug,
                    "speaker", Map.of("type", "person", "id", "bea-bulk-" + u));
            Map<String, Object> api = given().header("Authorization", "Bearer " + TEST_KEY).contentType("application/json")
                    .body(input).post("/v1/quotes").then().statusCode(CREATED).extract().as(Map.class);
            bulk().body(lines(quote(" " + text + " ", slug, "bea-bulk-" + u))).post("/v1/bulk").then().statusCode(OK)
                    .body("accepted", equalTo(1));
            Map<String, Object> viaBulk = anonymous().queryParam("sort", "-createdAt").queryParam("limit", 1)
                    .get("/v1/articles/{idOrSlug}/quotes", slug).then().statusCode(OK).extract().path("data[0]");
            assertThat(viaBulk.get("slug")).isEqualTo(api.get("slug") + "-2");
            for (String field : List.of("text", "fragment", "speaker", "article", "offset", "version")) {
                assertThat(viaBulk.get(field)).as(field + " of '" + text + "'").isEqualTo(api.get(field));
            }
        }
        // The change-log event names the article that embeds the quote, so a cached representation is not served stale.
        anonymous().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK).body("quotes", hasSize(6));
    }
}
