package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.referenceTagged;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Status.CONFLICT;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page ingested again at the same URL: with new text it revises the same article (a new version, an "updated"
 * change event, a revision, its quotes following the text); with the same text it changes nothing; a killed story
 * never comes back through it.
 */
@QuarkusTest
class IngestRevisionTest {
    private static final String GONE_QUOTE = "The United States will continue to use all tools at its disposal";
    private static final String OLD_SENTENCE = "“The United States will continue to use all tools at its disposal to stop these transfers"
            + " and impose consequences on those engaged in these activities,” said US Secretary of State Antony Blinken.";
    private static final String NEW_QUOTE = "We will answer every shipment of drones with new sanctions";

    /** The reference page under a headline of its own, and the same story revised: one quote replaced by another. */
    static String revised(String page) {
        assertThat(page).contains(OLD_SENTENCE);
        return page.replace(OLD_SENTENCE, "“" + NEW_QUOTE + ",” said US Secretary of State Antony Blinken.");
    }

    /** The reference page, under a headline of its own, ingested at a new URL: the set-up of most tests here (and of ReingestAfterImportTest). */
    record Story(String url, String page, JsonPath first, String id) {
        static Story ingested() {
            String url = "https://news.example.org/world/" + unique();
            String page = referenceTagged(unique());
            JsonPath first = ingest(page, url, CREATED);
            return new Story(url, page, first, first.getString("article.id"));
        }

        /** The same URL ingested again with this text: 200 (revised or unchanged). */
        JsonPath reingest(String text) {
            return ingest(text, url, OK);
        }

        /** The first quote the page gave that its revision keeps. */
        Map<String, Object> keptQuote() {
            return first.<Map<String, Object>>getList("article.quotes").stream()
                    .filter(quote -> !((String) quote.get("text")).startsWith(GONE_QUOTE)).findFirst().orElseThrow();
        }
    }

    private static JsonPath ingest(String text, String url, int status) {
        return admin().queryParam("publish", true).body(Map.of("text", text, "url", url))
                .post(INGEST).then().statusCode(status).extract().jsonPath();
    }

    private static String headOfChanges() {
        return admin().queryParam("since", "now").get("/v1/changes").then().statusCode(OK).extract().path("meta.nextCursor");
    }

    /** The ops of the events about this resource after {@code since}, oldest first. */
    private static List<String> opsSince(String since, String id) {
        JsonPath page = admin().queryParam("since", since).queryParam("limit", 500).get("/v1/changes")
                .then().statusCode(OK).extract().jsonPath();
        return page.<Map<String, Object>>getList("data").stream().filter(event -> id.equals(event.get("id")))
                .map(event -> (String) event.get("op")).toList();
    }

    @Test
    void shouldReviseTheSameArticleWhenThePageAtAKnownUrlChanged() {
        String url = "https://news.example.org/world/" + unique();
        String tag = unique().replaceAll("[0-9]", "q");
        String page = referenceTagged(tag);
        JsonPath first = ingest(page, url, CREATED);
        assertThat(first.getString("outcome")).isEqualTo("created");
        String id = first.getString("article.id");
        long version = first.getLong("article.version");
        String goneId = quoteStartingWith(first, GONE_QUOTE);
        String since = headOfChanges();

        JsonPath second = ingest(revised(page), url, OK);

        assertThat(second.getString("outcome")).isEqualTo("revised");
        assertThat(second.getBoolean("duplicate")).isFalse();
        assertThat(second.getString("article.id")).isEqualTo(id);
        assertThat(second.getLong("article.version")).isGreaterThan(version);
        assertThat(second.getString("article.status")).isEqualTo("published");
        assertThat(String.join("\n", second.getList("article.body", String.class))).contains(NEW_QUOTE).doesNotContain(GONE_QUOTE);
        assertThat(second.getList("article.quotes.text", String.class)).contains(NEW_QUOTE)
                .noneMatch(text -> text.startsWith(GONE_QUOTE));
        admin().get("/v1/quotes/{idOrSlug}", goneId).then().statusCode(NOT_FOUND);
        String added = quoteStartingWith(second, NEW_QUOTE);
        admin().get("/v1/quotes/{idOrSlug}", added).then().statusCode(OK).body("article.id", equalTo(id));
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .body("version", equalTo((int) second.getLong("article.version")));
        assertThat(opsSince(since, id)).containsExactly("updated");
        assertThat(opsSince(since, goneId)).containsExactly("deleted");
        assertThat(opsSince(since, added)).containsExactly("created");
        admin().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK)
                .body("data[0].op", equalTo("updated"))
                .body("data[0].version", equalTo((int) second.getLong("article.version")));
        // one article for the URL, not two
        assertThat(admin().queryParam("q", tag).queryParam("fields", "id").get("/v1/articles")
                .then().statusCode(OK).extract().jsonPath().getList("data.id", String.class)).containsExactly(id);
    }

    @Test
    void shouldNeitherCopyNorDropAQuoteAnEditorAddedBesideThePagesOwn() {
        Story story = Story.ingested();
        String kept = (String) story.keptQuote().get("text");
        // the same words stored a second time by an editor (a pull quote): the page says them once
        admin().body(Map.of("text", kept, "article", story.id())).post("/v1/quotes").then().statusCode(CREATED);

        story.reingest(revised(story.page()));
        story.reingest(revised(story.page()) + "\n\nUpdated with reactions.");

        List<String> texts = quoteTexts(story.id());
        assertThat(texts.stream().filter(kept::equals)).as("the page's quote and the editor's, no copy per revision")
                .hasSize(2);
        assertThat(texts).contains(NEW_QUOTE);
    }

    @Test
    void shouldLeaveAQuoteAnEditorChangedAsTheEditorLeftItWhenThePageIsRevised() {
        Story story = Story.ingested();
        Map<String, Object> kept = story.keptQuote();
        String keptText = (String) kept.get("text");
        String goneId = quoteStartingWith(story.first(), GONE_QUOTE);
        String speaker = admin().get("/v1/people/{idOrSlug}", person("Editor Choice " + unique())).path("id");
        // the editor gives one quote another speaker and corrects its text, and reviews the one the page will drop
        edit((String) kept.get("id"), Map.of("text", keptText + " [sic]", "speaker", Map.of("type", "person", "id", speaker)));
        edit(goneId, Map.of("needsReview", false));

        story.reingest(revised(story.page()));

        admin().get("/v1/quotes/{idOrSlug}", kept.get("id")).then().statusCode(OK)
                .body("text", equalTo(keptText + " [sic]")).body("speaker.id", equalTo(speaker));
        List<String> texts = quoteTexts(story.id());
        assertThat(texts).as("the page's version of the edited quote is not stored again").doesNotContain(keptText)
                .contains(keptText + " [sic]", NEW_QUOTE);
        // an edited quote whose words the new body no longer holds goes with them
        admin().get("/v1/quotes/{idOrSlug}", goneId).then().statusCode(NOT_FOUND);

        // the page comes to say what the editor made the quote say: that quote, not a copy of it
        story.reingest(revised(story.page()).replace(keptText, keptText + " [sic]"));
        List<String> after = quoteTexts(story.id());
        assertThat(after.stream().filter((keptText + " [sic]")::equals)).hasSize(1);
    }

    private static void edit(String quoteId, Map<String, Object> patch) {
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body(patch)
                .patch("/v1/quotes/{idOrSlug}", quoteId).then().statusCode(OK);
    }

    @Test
    void shouldShowARevisionInADryRunAndStoreNothing() {
        Story story = Story.ingested();
        String goneId = quoteStartingWith(story.first(), GONE_QUOTE);
        String since = headOfChanges();

        JsonPath rehearsed = admin().queryParam("dryRun", true).body(Map.of("text", revised(story.page()), "url", story.url()))
                .post(INGEST).then().statusCode(OK).extract().jsonPath();

        assertThat(rehearsed.getString("outcome")).isEqualTo("revised");
        assertThat(rehearsed.getBoolean("dryRun")).isTrue();
        assertThat(rehearsed.getString("article.id")).isEqualTo(story.id());
        assertThat(rehearsed.getList("article.quotes.text", String.class)).contains(NEW_QUOTE);
        admin().get("/v1/quotes/{idOrSlug}", goneId).then().statusCode(OK);
        admin().get("/v1/articles/{idOrSlug}", story.id()).then().statusCode(OK)
                .body("version", equalTo((int) story.first().getLong("article.version")));
        assertThat(opsSince(since, story.id())).isEmpty();
        // and the real ingest after it still revises
        assertThat(story.reingest(revised(story.page())).getString("outcome")).isEqualTo("revised");
    }

    @Test
    void shouldChangeNothingWhenThePageComesAgainUnchanged() {
        Story story = Story.ingested();
        String since = headOfChanges();

        JsonPath again = story.reingest(story.page());

        assertThat(again.getString("outcome")).isEqualTo("unchanged");
        assertThat(again.getBoolean("duplicate")).isTrue();
        assertThat(again.getString("article.id")).isEqualTo(story.id());
        assertThat(again.getLong("article.version")).isEqualTo(story.first().getLong("article.version"));
        assertThat(again.getList("article.quotes.id")).isEqualTo(story.first().getList("article.quotes.id"));
        assertThat(opsSince(since, story.id())).isEmpty();
    }

    @Test
    void shouldKeepAWithdrawnArticleWithdrawnWhenItsPageIsRevised() {
        Story story = Story.ingested();
        admin().header("If-Match", "*").body(Map.of("reason", "Under review")).post("/v1/articles/{idOrSlug}/withdraw", story.id())
                .then().statusCode(OK);

        JsonPath revision = story.reingest(revised(story.page()));

        assertThat(revision.getString("outcome")).isEqualTo("revised");
        assertThat(revision.getString("article.status")).isEqualTo("withdrawn");
        assertThat(revision.getList("article.quotes.text", String.class)).contains(NEW_QUOTE);
    }

    @Test
    void shouldRefuseToBringAKilledStoryBackThroughItsPage() {
        Story story = Story.ingested();
        admin().header("If-Match", "*").body(Map.of("reason", "Fabricated")).post("/v1/articles/{idOrSlug}/kill", story.id())
                .then().statusCode(OK);
        String since = headOfChanges();

        admin().queryParam("publish", true).body(Map.of("text", revised(story.page()), "url", story.url())).post(INGEST)
                .then().statusCode(CONFLICT).body("errors[0].field", equalTo("url"));

        admin().get("/v1/articles/{idOrSlug}", story.id()).then().statusCode(OK).body("status", equalTo("killed"))
                .body("body.join()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(NEW_QUOTE)));
        assertThat(opsSince(since, story.id())).isEmpty();
    }

    /** The texts of the article's stored quotes, as an editor reads them. */
    private static List<String> quoteTexts(String articleId) {
        return admin().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", articleId)
                .then().statusCode(OK).extract().jsonPath().getList("quotes.text", String.class);
    }

    private static String quoteStartingWith(JsonPath result, String start) {
        List<Map<String, Object>> quotes = result.getList("article.quotes");
        return quotes.stream().filter(quote -> ((String) quote.get("text")).startsWith(start)).map(quote -> (String) quote.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no quote starting with " + start + " in " + quotes));
    }
}
