package dev.lede.quote;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CONFLICT;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteResourceTest {

    private static String quote(String article, String text, String speakerType, String speaker) {
        Map<String, Object> body = speaker == null ? Map.of("text", text, "article", article)
                : Map.of("text", text, "article", article, "speaker", Map.of("type", speakerType, "id", speaker));
        return admin().body(body).post("/v1/quotes").then().statusCode(CREATED).extract().path("id");
    }

    @Test
    void shouldCreateAQuoteWithItsOffsetFragmentFlagAndSpeaker() {
        String tag = unique();
        String kirby = person("Quote Kirby " + tag, "Kirby");
        String article = published("Quotes " + tag, Map.of("body",
                List.of("Intro.", "“We urge Iran to reverse course,” Kirby said. It was “detrimental”."))).path("id");
        String id = quote(article, "We urge Iran to reverse course,", "person", kirby);
        anonymous().get("/v1/quotes/{idOrSlug}", id).then().statusCode(OK)
                .body("speaker.type", equalTo("person")).body("speaker.slug", equalTo(kirby))
                .body("article.id", equalTo(article)).body("offset", equalTo(9)).body("fragment", equalTo(false))
                .body("slug", startsWith("we-urge-iran-to-reverse-course"));
        String fragment = quote(article, "detrimental", null, null);
        anonymous().get("/v1/quotes/{idOrSlug}", fragment).then().statusCode(OK).body("fragment", equalTo(true))
                .body("speaker", nullValue());
    }

    @Test
    void shouldListAPersonsQuotesAndAnArticlesQuotesInOrder() {
        String tag = unique();
        String kirby = person("Lister " + tag);
        String us = entity("Speaking State " + tag, "country");
        String article = published("Ordered " + tag, Map.of("body", List.of("Alpha beta gamma delta. Epsilon zeta eta theta."))).path("id");
        String second = quote(article, "Epsilon zeta eta theta.", "person", kirby);
        String first = quote(article, "Alpha beta gamma delta.", "entity", us);
        anonymous().get("/v1/articles/{idOrSlug}/quotes", article).then().statusCode(OK).body("data.id", contains(first, second));
        anonymous().get("/v1/people/{idOrSlug}/quotes", kirby).then().statusCode(OK).body("data.id", contains(second));
        anonymous().get("/v1/entities/{idOrSlug}/quotes", us).then().statusCode(OK).body("data.id", contains(first));
        anonymous().queryParam("person", kirby).get("/v1/quotes").then().statusCode(OK).body("data.id", contains(second));
        anonymous().queryParam("article", article).queryParam("fragments", false).queryParam("sort", "offset")
                .get("/v1/quotes").then().statusCode(OK).body("data.id", contains(first, second));
        anonymous().get("/v1/articles/{idOrSlug}", article).then().statusCode(OK).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("quotes")));
        anonymous().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", article).then().statusCode(OK)
                .body("quotes.id", contains(first, second)).body("quotes[1].speaker.slug", equalTo(kirby));
    }

    @Test
    void shouldHideQuotesOfDraftsAndAnswerGoneForWithdrawnArticles() {
        String tag = unique();
        String speaker = person("Hidden Speaker " + tag);
        String draftId = draft("Draft quotes " + tag, Map.of("body", List.of("Secret words here."))).path("id");
        String hidden = quote(draftId, "Secret words here.", "person", speaker);
        anonymous().get("/v1/quotes/{idOrSlug}", hidden).then().statusCode(NOT_FOUND);
        anonymous().get("/v1/people/{idOrSlug}/quotes", speaker).then().statusCode(OK).body("data", hasSize(0));
        admin().get("/v1/people/{idOrSlug}/quotes", speaker).then().statusCode(OK).body("data.id", contains(hidden));
        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", draftId).then().statusCode(OK);
        // Lists show a quote exactly while its article is published (the speaker's list and the newest quotes).
        anonymous().get("/v1/people/{idOrSlug}/quotes", speaker).then().statusCode(OK).body("data.id", contains(hidden));
        anonymous().get("/v1/quotes").then().statusCode(OK).body("data.id", org.hamcrest.Matchers.hasItem(hidden));
        admin().header("If-Match", "*").body(Map.of("reason", "Error")).post("/v1/articles/{idOrSlug}/withdraw", draftId).then().statusCode(OK);
        anonymous().get("/v1/people/{idOrSlug}/quotes", speaker).then().statusCode(OK).body("data", hasSize(0));
        anonymous().get("/v1/quotes/{idOrSlug}", hidden).then().statusCode(GONE).body("reason", equalTo("Error"));
        anonymous().get("/v1/articles/{idOrSlug}/quotes", draftId).then().statusCode(GONE);
    }

    @Test
    void shouldValidateReferencesAndSpeakerType() {
        String article = published("Validation " + unique(), Map.of()).path("id");
        admin().body(Map.of("text", "x", "article", "no-such-" + unique())).post("/v1/quotes").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("article"));
        admin().body(Map.of("text", "x", "article", article, "speaker", Map.of("type", "robot", "id", "x")))
                .post("/v1/quotes").then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("speaker.type"));
        admin().body(Map.of("text", "x", "article", article, "speaker", Map.of("type", "person", "id", "ghost-" + unique())))
                .post("/v1/quotes").then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("speaker.id"));
        admin().body(Map.of("text", "", "article", article)).post("/v1/quotes").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void shouldUnattributeQuotesWhenTheirSpeakerIsForceDeleted() {
        String tag = unique();
        String speaker = person("Leaving " + tag);
        String article = published("Speaker leaves " + tag, Map.of()).path("id");
        String id = quote(article, "Goodbye all", "person", speaker);
        admin().header("If-Match", "*").delete("/v1/people/{idOrSlug}", speaker).then().statusCode(CONFLICT)
                .body("references.quotes", equalTo(1)).body("detail", containsString("quotes"));
        admin().header("If-Match", "*").queryParam("force", "true").delete("/v1/people/{idOrSlug}", speaker).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/quotes/{idOrSlug}", id).then().statusCode(OK).body("speaker", nullValue()).body("version", equalTo(1));
    }

    @Test
    void shouldPatchAndDeleteAQuoteAndRemoveQuotesWithTheirArticle() {
        String article = published("Lifecycle " + unique(), Map.of("body", List.of("Words words."))).path("id");
        String id = quote(article, "Words words.", null, null);
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"fragment\": true}")
                .patch("/v1/quotes/{idOrSlug}", id).then().statusCode(OK).body("fragment", equalTo(true)).body("version", equalTo(1));
        String other = quote(article, "Words", null, null);
        admin().header("If-Match", "*").delete("/v1/quotes/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/quotes/{idOrSlug}", id).then().statusCode(NOT_FOUND);
        admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", article).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/quotes/{idOrSlug}", other).then().statusCode(NOT_FOUND);
    }
}
