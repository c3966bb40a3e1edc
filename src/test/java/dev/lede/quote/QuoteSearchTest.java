package dev.lede.quote;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /v1/quotes?q= and /v1/people/{idOrSlug}/quotes?q=: what was said, found by its words and its speaker. */
@QuarkusTest
class QuoteSearchTest {
    private static final String QUOTES = "/v1/quotes";
    private static final String PERSON_QUOTES = "/v1/people/{idOrSlug}/quotes";

    private static String quote(String article, String text, String person) {
        Map<String, Object> body = person == null ? Map.of("text", text, "article", article)
                : Map.of("text", text, "article", article, "speaker", Map.of("type", "person", "id", person));
        return admin().body(body).post(QUOTES).then().statusCode(CREATED).extract().path("id");
    }

    @Test
    void shouldFindWhatAPersonSaidAboutSomethingAndNothingElse() {
        String word = "w" + unique();
        String speaker = person("Speaker " + unique());
        String other = person("Other " + unique());
        String article = published("Said " + unique(), Map.of()).path("id");
        String about = quote(article, "The " + word + " were launched from the coast, he said.", speaker);
        quote(article, "Nothing to see here at all today.", speaker);
        quote(article, "Someone else on the " + word + " too.", other);
        anonymous().queryParam("q", word).get(PERSON_QUOTES, speaker).then().statusCode(OK).body("data.id", contains(about));
        anonymous().queryParam("q", word).queryParam("person", speaker).get(QUOTES).then().statusCode(OK).body("data.id", contains(about));
        anonymous().queryParam("q", word + "s").get(PERSON_QUOTES, speaker).then().statusCode(OK)
                .body("data.id", contains(about)); // stemmed in the article's language: launches of wNNNs
    }

    @Test
    void shouldRankTheQuoteThatSaysItMostFirstAndFindItByTheSpeakersName() {
        String word = "w" + unique();
        String surname = "S" + unique();
        String speaker = person("Ana " + surname);
        String article = published("Ranked " + unique(), Map.of()).path("id");
        String passing = quote(article, "Among many other matters that came up in a long briefing there was " + word + ".", null);
        String focused = quote(article, word + ", " + word + " and again " + word + ".", null);
        String named = quote(article, "We will not comment on that today.", speaker);
        anonymous().queryParam("q", word).get(QUOTES).then().statusCode(OK).body("data.id", contains(focused, passing));
        anonymous().queryParam("q", surname).get(QUOTES).then().statusCode(OK).body("data.id", contains(named));
    }

    @Test
    void shouldHighlightTheMatchesAndPageWithACursor() {
        String word = "w" + unique();
        String article = published("Paged " + unique(), Map.of()).path("id");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(quote(article, "Quote " + i + " about <b>" + word + "</b> & more.", null));
        }
        String first = anonymous().queryParam("q", word).queryParam("highlight", "true").queryParam("limit", 2)
                .queryParam("sort", "createdAt").get(QUOTES).then().statusCode(OK)
                .body("data.id", contains(ids.get(0), ids.get(1))).body("meta.nextCursor", notNullValue())
                .extract().path("meta.nextCursor");
        List<String> snippets = anonymous().queryParam("q", word).queryParam("highlight", "true").queryParam("limit", 2)
                .queryParam("sort", "createdAt").get(QUOTES).then().extract().path("meta.highlights." + ids.get(0));
        assertThat(snippets).singleElement().asString().contains("<mark>" + word + "</mark>", "&lt;b&gt;", "&amp;");
        anonymous().queryParam("q", word).queryParam("highlight", "true").queryParam("limit", 2).queryParam("sort", "createdAt")
                .queryParam("cursor", first).get(QUOTES).then().statusCode(OK).body("data.id", contains(ids.get(2)));
    }

    @Test
    void shouldShowTheQuotesOfAnArticleExactlyWhileItIsPublished() {
        String word = "w" + unique();
        String article = draft("Unpublished " + unique(), Map.of()).path("id");
        String id = quote(article, "A draft's " + word + ".", null);
        anonymous().queryParam("q", word).get(QUOTES).then().statusCode(OK).body("data", empty());
        admin().queryParam("q", word).get(QUOTES).then().statusCode(OK).body("data.id", contains(id));
        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", article).then().statusCode(OK);
        anonymous().queryParam("q", word).get(QUOTES).then().statusCode(OK).body("data.id", contains(id));
        admin().header("If-Match", "*").body(Map.of("reason", "Error")).post("/v1/articles/{idOrSlug}/withdraw", article)
                .then().statusCode(OK);
        anonymous().queryParam("q", word).get(QUOTES).then().statusCode(OK).body("data", empty());
    }

    @Test
    void shouldFollowRenamesAndDeletions() {
        String word = "w" + unique();
        String speaker = person("Before " + unique());
        String article = published("Renamed " + unique(), Map.of()).path("id");
        String id = quote(article, "We said " + word + ".", speaker);
        String renamed = "After" + unique();
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("name", "Ana " + renamed)).patch("/v1/people/{idOrSlug}", speaker)
                .then().statusCode(OK);
        anonymous().queryParam("q", renamed).get(QUOTES).then().statusCode(OK).body("data.id", contains(id));
        admin().header("If-Match", "*").delete(QUOTES + "/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        anonymous().queryParam("q", word).get(QUOTES).then().statusCode(OK).body("data", empty());
    }

    @Test
    void shouldFindWhatJohnKirbySaidAboutDronesInTheReferenceArticle() {
        anonymous().queryParam("q", "drones").get(PERSON_QUOTES, "john-kirby").then().statusCode(OK)
                .body("data", not(empty())).body("data.speaker.slug", everyItem(equalTo("john-kirby")));
    }

    @Test
    void shouldRefuseBadSearchesNamingTheParameter() {
        anonymous().queryParam("q", " ").get(QUOTES).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("q"));
        anonymous().queryParam("q", "(unbalanced").get(QUOTES).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("q"));
        anonymous().queryParam("q", "/regex.*/").get(QUOTES).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("q"));
        anonymous().queryParam("highlight", "true").get(QUOTES).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("highlight"));
        anonymous().queryParam("sort", "relevance").get(QUOTES).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("sort"));
        anonymous().queryParam("q", "x").queryParam("highlight", "maybe").get(QUOTES).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("highlight"));
        anonymous().queryParam("q", "x").queryParam("person", "no-such-" + unique()).get(QUOTES).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("person"));
    }
}
