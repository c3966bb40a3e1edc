package dev.lede.changes;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.refusesParameter;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feed as partners and key holders see it: order, cursors, visibility, parameters. */
@QuarkusTest
class ChangeFeedTest {

    @Test
    void shouldShowADraftToPartnersOnlyOncePublishedAndItsWithdrawalAndDeletion() {
        String since = Feed.now();
        String headline = "Feed draft " + unique();
        String id = draft(headline, Map.of()).path("id");
        String slug = admin().get("/v1/articles/{id}", id).then().statusCode(200).extract().path("slug");
        String quote = quoteOn(id);
        admin().body(Map.of("standfirst", "Edited while a draft.")).contentType("application/merge-patch+json")
                .header("If-Match", "*").patch("/v1/articles/{id}", id).then().statusCode(200);

        assertThat(ops(Feed.all(Feed.as(false), since, 50, null).events(), id, quote)).as("a draft is no event for partners")
                .isEmpty();
        assertThat(ops(Feed.all(Feed.as(true), since, 50, null).events(), id, quote))
                .containsExactly("article created", "quote created", "article updated");

        admin().header("If-Match", "*").post("/v1/articles/{id}/publish", id).then().statusCode(200);
        admin().body(Map.of("standfirst", "Edited once public.")).contentType("application/merge-patch+json")
                .header("If-Match", "*").patch("/v1/articles/{id}", id).then().statusCode(200);
        admin().body(Map.of("reason", "Legal request")).header("If-Match", "*").post("/v1/articles/{id}/withdraw", id)
                .then().statusCode(200);
        admin().body(Map.of("standfirst", "Edited once withdrawn.")).contentType("application/merge-patch+json")
                .header("If-Match", "*").patch("/v1/articles/{id}", id).then().statusCode(200);
        admin().header("If-Match", "*").delete("/v1/articles/{id}", id).then().statusCode(204);

        List<Feed.Event> seen = Feed.about(Feed.all(Feed.as(false), since, 50, null).events(), List.of(id, quote));
        assertThat(seen.stream().map(e -> e.type() + " " + e.op()).toList())
                .as("once public, every later write is news to partners: edits while withdrawn, the deletion")
                .containsExactly("article published", "article updated", "article withdrawn", "article updated",
                        "quote deleted", "article deleted");
        assertThat(seen).filteredOn(event -> event.id().equals(id)).allSatisfy(event -> assertThat(event.slug()).isEqualTo(slug));
        assertThat(ops(Feed.all(Feed.as(true), since, 50, null).events(), id, quote)).containsExactly("article created",
                "quote created", "article updated", "article published", "article updated", "article withdrawn",
                "article updated", "quote deleted", "article deleted");
    }

    @Test
    void shouldShowTheDeletionOfAPublishedArticleAndItsQuotesToPartners() {
        String since = Feed.now();
        String id = dev.lede.support.Fixtures.published("Feed deleted " + unique(), Map.of()).path("id");
        String quote = quoteOn(id);
        admin().header("If-Match", "*").delete("/v1/articles/{id}", id).then().statusCode(204);
        assertThat(ops(Feed.all(Feed.as(false), since, 50, null).events(), id, quote)).containsExactly(
                "article published", "quote created", "quote deleted", "article deleted");
    }

    @Test
    void shouldShowPeopleToEveryoneWithTheirSlugAndVersionInCommitOrder() {
        String since = Feed.now();
        String slug = person("Feed Person " + unique());
        String id = anonymous().get("/v1/people/{slug}", slug).then().extract().path("id");
        admin().body(Map.of("name", "Feed Person Renamed " + unique())).contentType("application/merge-patch+json")
                .header("If-Match", "*").patch("/v1/people/{id}", id).then().statusCode(200);
        String renamed = anonymous().get("/v1/people/{id}", id).then().extract().path("slug");

        List<Feed.Event> events = Feed.about(Feed.all(Feed.as(false), since, 1, "person").events(), List.of(id));
        assertThat(events).extracting(Feed.Event::op).containsExactly("created", "updated");
        assertThat(events).extracting(Feed.Event::slug).containsExactly(slug, renamed);
        assertThat(events).extracting(Feed.Event::version).containsExactly(0L, 1L);
        assertThat(events.get(1).seq()).isGreaterThan(events.get(0).seq());
        anonymous().queryParam("since", since).queryParam("types", "article,quote").get("/v1/changes").then()
                .statusCode(200).body("data.findAll { it.id == '" + id + "' }.size()", equalTo(0));
    }

    @Test
    void shouldStartAtTheBeginningWithoutSinceAndAtTheHeadWithNow() {
        person("Feed Start " + unique());
        var first = anonymous().queryParam("limit", 1).get("/v1/changes").then().statusCode(200).extract().jsonPath();
        long seq = first.getLong("data[0].seq");
        assertThat(first.getString("meta.nextCursor")).isEqualTo(ChangeCursor.of(seq)).isEqualTo(first.getString("data[0].cursor"));
        assertThat(first.getString("links.next")).contains("since=" + ChangeCursor.of(seq));
        anonymous().queryParam("limit", 1).queryParam("since", ChangeCursor.of(seq)).get("/v1/changes").then()
                .statusCode(200).body("data[0].seq", equalTo((int) seq + 1));
        String head = Feed.now();
        anonymous().queryParam("since", head).get("/v1/changes").then().statusCode(200)
                .body("data.size()", equalTo(0)).body("meta.nextCursor", equalTo(head));
    }

    @Test
    void shouldEmbedTheCurrentResourceOrATombstone() {
        String since = Feed.now();
        String id = dev.lede.support.Fixtures.published("Feed embed " + unique(), Map.of()).path("id");
        String gone = dev.lede.support.Fixtures.published("Feed embed gone " + unique(), Map.of()).path("id");
        admin().body(Map.of("reason", "Legal request")).header("If-Match", "*").post("/v1/articles/{id}/withdraw", gone)
                .then().statusCode(200);
        String person = anonymous().get("/v1/people/{slug}", person("Feed Embedded " + unique())).then().extract().path("id");
        admin().header("If-Match", "*").delete("/v1/people/{id}", person).then().statusCode(204);
        String draft = draft("Feed embed draft " + unique(), Map.of()).path("id");

        var page = anonymous().queryParam("since", since).queryParam("include", "resource").queryParam("limit", 100)
                .get("/v1/changes").then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("data.find { it.id == '" + id + "' }.resource.headline")).startsWith("Feed embed ");
        assertThat(page.getString("data.find { it.id == '" + gone + "' && it.op == 'withdrawn' }.resource.unavailable"))
                .isEqualTo("withdrawn");
        assertThat(page.getString("data.find { it.id == '" + gone + "' }.resource.notice.reason")).isEqualTo("Legal request");
        assertThat(page.getBoolean("data.find { it.id == '" + person + "' }.resource.deleted")).isTrue();
        assertThat(page.getList("data.findAll { it.id == '" + draft + "' }")).isEmpty();
        admin().queryParam("since", since).queryParam("include", "resource").queryParam("types", "article")
                .get("/v1/changes").then().statusCode(200)
                .body("data.find { it.id == '" + draft + "' }.resource.status", equalTo("draft"));
        anonymous().queryParam("since", since).get("/v1/changes").then().statusCode(200)
                .body("data[0].resource", equalTo(null)).body("data[0].cursor", notNullValue());
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        refusesParameter("/v1/changes", "since", "not-a-cursor");
        refusesParameter("/v1/changes", "since", ChangeCursor.of(Long.MAX_VALUE / 2)).body("detail", containsString("head"));
        refusesParameter("/v1/changes", "since", "");
        refusesParameter("/v1/changes", "limit", "0");
        refusesParameter("/v1/changes", "limit", "1001");
        refusesParameter("/v1/changes", "limit", "ten");
        refusesParameter("/v1/changes", "types", "article,poem");
        refusesParameter("/v1/changes", "wait", "31");
        refusesParameter("/v1/changes", "wait", "-1");
        refusesParameter("/v1/changes", "include", "quotes");
        anonymous().queryParam("include", "resource").queryParam("limit", 101).get("/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"))
                .body("detail", containsString("include=resource"));
        anonymous().queryParam("limit", 1000).get("/v1/changes").then().statusCode(200);
    }

    private static String quoteOn(String article) {
        return admin().body(Map.of("text", "quoted words", "article", article)).post("/v1/quotes").then().statusCode(201)
                .extract().path("id");
    }

    private static List<String> ops(List<Feed.Event> events, String... ids) {
        return Feed.about(events, List.of(ids)).stream().map(e -> e.type() + " " + e.op()).toList();
    }
}
