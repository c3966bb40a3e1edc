package dev.lede.article;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CONFLICT;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static dev.lede.support.Status.UNAUTHORIZED;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void shouldCreateADraftThatOnlyAKeyHolderCanSee() {
        ExtractableResponse<Response> created = draft("Draft story " + unique(), Map.of());
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/v1/articles/" + id);
        org.assertj.core.api.Assertions.assertThat((String) created.path("status")).isEqualTo("draft");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_FOUND).contentType("application/problem+json");
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("draft"))
                .header("Cache-Control", containsString("private"));
    }

    @Test
    void shouldPublishThenWithdrawWithA410Notice() {
        String id = draft("Withdrawable " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", id).then().statusCode(OK)
                .body("status", equalTo("published")).body("publishedAt", notNullValue())
                .body("firstPublishedAt", notNullValue()).body("version", equalTo(1));
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("published"));
        admin().header("If-Match", "*").body(Map.of("reason", "Legal request"))
                .post("/v1/articles/{idOrSlug}/withdraw", id).then().statusCode(OK).body("status", equalTo("withdrawn"));
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(GONE).contentType("application/problem+json")
                .body("reason", equalTo("Legal request")).body("withdrawnAt", notNullValue()).body("id", equalTo(id));
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("withdrawalReason", equalTo("Legal request"));
    }

    @Test
    void shouldRefuseToWithdrawADraftOrWithoutAReason() {
        String id = draft("Never published " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").body(Map.of("reason", "x")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(CONFLICT).contentType("application/problem+json");
        admin().header("If-Match", "*").body(Map.of("reason", " ")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void shouldComputeMentionsAndEmbedCompactReferencesByDefault() {
        String tag = unique();
        String kirby = person("John Kirby " + tag, "Kirby" + tag);
        String russia = entity("Russia " + tag, "country", "Moscow" + tag);
        String pan = source("Jovem Pan " + tag, "publisher");
        String afp = source("AFP " + tag, "wire_agency");
        String id = published("Kirby speaks " + tag, Map.of(
                "body", List.of("John Kirby " + tag + " said Russia " + tag + " is near.",
                        "Kirby" + tag + " added that Moscow" + tag + " and Kirby" + tag + " agree."),
                "publisher", pan,
                "credits", List.of(Map.of("source", afp, "role", "wire")),
                "people", List.of(Map.of("person", kirby, "role", "Spokesperson")),
                "entities", List.of(Map.of("entity", russia)))).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .body("publisher.slug", equalTo(pan)).body("publisher.kind", equalTo("publisher"))
                .body("credits[0].slug", equalTo(afp)).body("credits[0].role", equalTo("wire"))
                .body("people[0].slug", equalTo(kirby)).body("people[0].role", equalTo("Spokesperson"))
                .body("people[0].mentions", equalTo(3)).body("people[0].firstOffset", equalTo(0))
                .body("entities[0].slug", equalTo(russia)).body("entities[0].kind", equalTo("country"))
                .body("entities[0].mentions", equalTo(2))
                .body("body", hasSize(2)).body("wordCount", equalTo(15))
                .body("$", not(hasKey("quotes")));
    }

    @Test
    void shouldFilterByPersonEntityAndSourceWithIncludes() {
        String tag = unique();
        String kirby = person("Kirby Filter " + tag);
        String blinken = person("Blinken Filter " + tag);
        String iran = entity("Iran Filter " + tag, "country");
        String pan = source("Pan Filter " + tag, "publisher");
        String both = published("Both " + tag, Map.of("people", List.of(Map.of("person", kirby), Map.of("person", blinken)),
                "entities", List.of(Map.of("entity", iran)), "publisher", pan)).path("id");
        String onlyBlinken = published("Blinken only " + tag, Map.of("people", List.of(Map.of("person", blinken)))).path("id");
        anonymous().queryParam("person", kirby).queryParam("include", "people,entities").get("/v1/articles")
                .then().statusCode(OK).body("data.id", contains(both))
                .body("data[0].people.slug", containsInAnyOrder(kirby, blinken))
                .body("data[0].entities[0].slug", equalTo(iran))
                .body("data[0]", not(hasKey("body")));
        anonymous().queryParam("person", kirby).queryParam("person", blinken).get("/v1/articles")
                .then().statusCode(OK).body("data.id", containsInAnyOrder(both, onlyBlinken))
                .body("data[0]", not(hasKey("people")));
        anonymous().queryParam("person", blinken).queryParam("entity", iran).get("/v1/articles")
                .then().statusCode(OK).body("data.id", contains(both));
        anonymous().queryParam("source", pan).get("/v1/articles").then().statusCode(OK).body("data.id", contains(both));
        anonymous().get("/v1/people/{idOrSlug}/articles", blinken).then().statusCode(OK)
                .body("data.id", containsInAnyOrder(both, onlyBlinken));
        anonymous().get("/v1/entities/{idOrSlug}/articles", iran).then().statusCode(OK).body("data.id", contains(both));
        anonymous().get("/v1/sources/{idOrSlug}/articles", pan).then().statusCode(OK).body("data.id", contains(both));
        anonymous().queryParam("person", "nobody-" + tag).get("/v1/articles").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("person"));
        anonymous().get("/v1/people/{idOrSlug}/articles", "nobody-" + tag).then().statusCode(NOT_FOUND);
    }

    @Test
    void shouldFilterBySectionTagLanguageAndDates() {
        String tag = "t" + unique();
        String old = published("Old " + tag, Map.of("section", "world", "tags", List.of(tag), "language", "pt-br",
                "publishedAt", "2021-05-01T10:00:00Z")).path("id");
        String recent = published("Recent " + tag, Map.of("section", "tech", "tags", List.of(tag, "extra"),
                "publishedAt", "2023-05-01T10:00:00Z")).path("id");
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK)
                .body("data.id", contains(recent, old));
        anonymous().queryParam("tag", tag).queryParam("section", "world").get("/v1/articles").then()
                .body("data.id", contains(old));
        anonymous().queryParam("tag", tag).queryParam("language", "pt-BR").get("/v1/articles").then()
                .body("data.id", contains(old)).body("data[0].language", equalTo("pt-BR"));
        anonymous().queryParam("tag", tag).queryParam("publishedAfter", "2022-01-01T00:00:00Z").get("/v1/articles").then()
                .body("data.id", contains(recent));
        anonymous().queryParam("tag", tag).queryParam("publishedBefore", "2022-01-01").get("/v1/articles").then()
                .body("data.id", contains(old));
        anonymous().queryParam("tag", tag).queryParam("sort", "publishedAt").get("/v1/articles").then()
                .body("data.id", contains(old, recent));
        anonymous().queryParam("tag", tag).queryParam("updatedSince", "2000-01-01T00:00:00+02:00").get("/v1/articles").then()
                .body("data", hasSize(2));
        anonymous().queryParam("publishedAfter", "yesterday").get("/v1/articles").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("publishedAfter"));
        anonymous().queryParam("sort", "-wordCount").get("/v1/articles").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("sort"));
        anonymous().queryParam("include", "everything").get("/v1/articles").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("include"));
    }

    @Test
    void shouldKeepPagingStableWhenArticlesArePublishedMeanwhile() {
        String tag = "p" + unique();
        for (int i = 0; i < 5; i++) {
            published("Paged " + tag + " " + i, Map.of("tags", List.of(tag), "publishedAt", "2022-01-0" + (i + 1) + "T00:00:00Z"));
        }
        ExtractableResponse<Response> first = anonymous().queryParam("tag", tag).queryParam("limit", 2)
                .get("/v1/articles").then().statusCode(OK).body("data", hasSize(2)).extract();
        List<String> firstIds = first.path("data.id");
        published("Paged " + tag + " newest", Map.of("tags", List.of(tag), "publishedAt", "2022-02-01T00:00:00Z"));
        List<String> secondIds = anonymous().get((String) first.path("links.next")).then().statusCode(OK)
                .extract().path("data.id");
        List<String> thirdIds = anonymous().queryParam("tag", tag).queryParam("limit", 2)
                .queryParam("cursor", (String) anonymous().get((String) first.path("links.next")).path("meta.nextCursor"))
                .get("/v1/articles").then().statusCode(OK).extract().path("data.id");
        org.assertj.core.api.Assertions.assertThat(secondIds).hasSize(2).doesNotContainAnyElementsOf(firstIds);
        org.assertj.core.api.Assertions.assertThat(thirdIds).hasSize(1).doesNotContainAnyElementsOf(secondIds);
    }

    @Test
    void shouldSelectFieldsAndOnlyShowTheBodyWhenAsked() {
        String tag = "f" + unique();
        published("Fields " + tag, Map.of("tags", List.of(tag)));
        anonymous().queryParam("tag", tag).queryParam("fields", "headline,body").get("/v1/articles").then()
                .statusCode(OK).body("data[0].headline", notNullValue()).body("data[0].body", hasSize(2))
                .body("data[0].id", notNullValue()).body("data[0]", not(hasKey("slug")));
        anonymous().queryParam("tag", tag).queryParam("fields", "people").get("/v1/articles").then()
                .statusCode(OK).body("data[0].people", hasSize(0));
    }

    @Test
    void shouldListDraftsOnlyForKeyHolders() {
        String tag = "d" + unique();
        String id = draft("Hidden " + tag, Map.of("tags", List.of(tag))).path("id");
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data", hasSize(0));
        anonymous().queryParam("status", "draft").get("/v1/articles").then().statusCode(UNAUTHORIZED);
        admin().queryParam("tag", tag).queryParam("status", "draft").get("/v1/articles").then().statusCode(OK)
                .body("data.id", contains(id));
        admin().queryParam("tag", tag).queryParam("status", "all").get("/v1/articles").then().statusCode(OK)
                .body("data.id", contains(id));
    }

    @Test
    void shouldNameUnknownAndDuplicateReferences() {
        String kirby = person("Dup " + unique());
        admin().body(Map.of("headline", "Bad refs", "language", "en",
                        "people", List.of(Map.of("person", kirby), Map.of("person", kirby), Map.of("person", "ghost-" + unique())),
                        "publisher", "nowhere-" + unique()))
                .post("/v1/articles").then().statusCode(BAD_REQUEST)
                .body("errors.field", containsInAnyOrder("publisher", "people[1].person", "people[2].person"));
        admin().body(Map.of("headline", "Bad language", "language", "english!")).post("/v1/articles").then()
                .statusCode(BAD_REQUEST).body("errors[0].field", equalTo("language"));
        admin().body(Map.of("language", "en")).post("/v1/articles").then()
                .statusCode(BAD_REQUEST).body("errors[0].field", equalTo("headline"));
    }

    @Test
    void shouldMergePatchAndRedirectTheOldSlug() {
        ExtractableResponse<Response> created = draft("Patch me " + unique(), Map.of("standfirst", "A dek"));
        String id = created.path("id");
        String oldSlug = created.path("slug");
        admin().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"standfirst\": null, \"slug\": \"patched-" + id.substring(0, 8) + "\"}")
                .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .body("standfirst", nullValue()).body("headline", containsString("Patch me")).body("version", equalTo(1));
        admin().redirects().follow(false).get("/v1/articles/{idOrSlug}", oldSlug).then().statusCode(MOVED_PERMANENTLY)
                .header("Location", containsString("/v1/articles/patched-"));
        admin().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"headline\": \"stale\"}").patch("/v1/articles/{idOrSlug}", id).then().statusCode(PRECONDITION_FAILED);
        admin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"headline\": 7}").patch("/v1/articles/{idOrSlug}", id).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("headline"));
        admin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("[1]").patch("/v1/articles/{idOrSlug}", id).then().statusCode(BAD_REQUEST);
    }

    @Test
    void shouldChangeTheETagWhenAnEmbeddedPersonIsRenamed() {
        String slug = person("Renamed Later " + unique());
        String id = published("Embeds " + unique(), Map.of("people", List.of(Map.of("person", slug)))).path("id");
        String before = anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).extract().header("ETag");
        anonymous().header("If-None-Match", before).get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_MODIFIED);
        admin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"name\": \"Renamed Now\"}").patch("/v1/people/{idOrSlug}", slug).then().statusCode(OK);
        anonymous().header("If-None-Match", before).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .body("people[0].name", equalTo("Renamed Now"));
    }

    @Test
    void shouldRefuseToDeleteAReferencedPersonUnlessForced() {
        String slug = person("Referenced " + unique());
        ExtractableResponse<Response> article = published("Refers " + unique(), Map.of("people", List.of(Map.of("person", slug))));
        String id = article.path("id");
        admin().header("If-Match", "*").delete("/v1/people/{idOrSlug}", slug).then().statusCode(CONFLICT)
                .contentType("application/problem+json").body("references.articles", equalTo(1));
        admin().header("If-Match", "*").queryParam("force", true).delete("/v1/people/{idOrSlug}", slug).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("people", hasSize(0)).body("version", equalTo(2));
    }

    @Test
    void shouldDeleteAnArticle() {
        String id = draft("Delete me " + unique(), Map.of()).path("id");
        admin().delete("/v1/articles/{idOrSlug}", id).then().statusCode(PRECONDITION_REQUIRED);
        admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_FOUND);
    }

    @Test
    void shouldIncludeQuotesOnRequest() {
        String id = published("Quoted " + unique(), Map.of()).path("id");
        anonymous().queryParam("include", "quotes").get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .body("quotes", hasSize(0)).body("people", hasSize(0));
        anonymous().queryParam("include", "nonsense").get("/v1/articles/{idOrSlug}", id).then().statusCode(BAD_REQUEST);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().body("$", hasKey("people")).body("$", not(hasKey("quotes")));
    }
}
