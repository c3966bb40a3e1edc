package dev.lede.discovery;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.refusesParameter;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/suggest}: typeahead over people, entities, sources and published headlines. */
@QuarkusTest
class SuggestTest {
    private static final String SUGGEST = "/v1/suggest";

    private static ValidatableResponse suggest(String q, String types) {
        var request = anonymous().queryParam("q", q);
        if (types != null) {
            request.queryParam("types", types);
        }
        return request.get(SUGGEST).then().statusCode(OK);
    }

    /**
     * Article writes do not wait for typeahead (mention counts and headlines follow within about a second, unlike
     * names, which a catalog write waits for), so what they change is asserted until it shows, for up to 5 s.
     */
    private static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void mention(String person, int times, String tag) {
        for (int i = 0; i < times; i++) {
            published("Mentions " + tag + " " + i, Map.of("people", List.of(Map.of("person", person))));
        }
    }

    @Test
    void shouldSuggestJohnKirbyFirstForKir() {
        // On the seeded catalog alone John Kirby is the only "kir". Other tests add people whose whole name starts
        // with "Kir" (and must not touch the seeded ones: the golden fixtures pin them), so in a shared database
        // what holds is that nobody less mentioned ranks above him, and that he is first as soon as the name is his.
        List<Map<String, Object>> kir = suggest("kir", "person").extract().jsonPath().getList("data");
        int kirby = kir.stream().map(s -> s.get("slug")).toList().indexOf("john-kirby");
        assertThat(kirby).as("John Kirby among the suggestions for kir").isNotNegative();
        assertThat(kir.get(kirby)).containsEntry("name", "John Kirby").containsEntry("matched", "John Kirby");
        kir.subList(0, kirby).forEach(above -> assertThat((Integer) above.get("mentions")).as("mentions of " + above.get("name"))
                .isGreaterThanOrEqualTo((Integer) kir.get(kirby).get("mentions")));
        suggest("John Kir", null).body("data[0].slug", equalTo("john-kirby")).body("data[0].type", equalTo("person"));
        suggest("kirby", null).body("data.slug", hasItem("john-kirby"));
    }

    @Test
    void shouldMatchAnAliasAndSayWhichMatched() {
        suggest("Moscow", "entity").body("data[0].slug", equalTo("russia")).body("data[0].name", equalTo("Russia"))
                .body("data[0].matched", equalTo("Moscow"));
        suggest("jovem", "source").body("data[0].slug", equalTo("jovem-pan")).body("data[0].matched", equalTo("Jovem Pan"));
    }

    @Test
    void shouldIgnoreAccentsAndCase() {
        String tag = unique();
        String slug = entity("São Tomé " + tag, "place");
        suggest("sao tome " + tag, "entity").body("data.slug", contains(slug)).body("data[0].name", equalTo("São Tomé " + tag));
        suggest("SÃO TOMÉ " + tag.toUpperCase(), "entity").body("data.slug", contains(slug));
        suggest("tome " + tag, "entity").body("data.slug", contains(slug));
    }

    /** A source is named by the articles it publishes and by those it is credited on: a wire agency ranks by its copy. */
    @Test
    void shouldCountASourceByTheArticlesItPublishesOrIsCreditedOn() {
        String tag = unique();
        String daily = source("Zephyr" + tag + " Daily", "publisher");
        String wire = source("Zephyr" + tag + " Wire", "wire_agency");
        published("Zephyr " + tag + " own story", Map.of("publisher", daily));
        for (int i = 0; i < 2; i++) {
            published("Zephyr " + tag + " wire copy " + i, Map.of("credits", List.of(Map.of("source", wire, "role", "wire"))));
        }
        eventually(() -> suggest("zephyr" + tag, "source").body("data.slug", contains(wire, daily))
                .body("data.mentions", contains(2, 1)));
    }

    @Test
    void shouldRankTheMoreMentionedFirstAmongEqualMatches() {
        String tag = unique();
        String rare = person("Quill" + tag + " Rare");
        String famous = person("Quill" + tag + " Famous");
        mention(rare, 1, tag);
        mention(famous, 3, tag);
        eventually(() -> suggest("quill" + tag, "person").body("data.slug", contains(famous, rare))
                .body("data.mentions", contains(3, 1)));
    }

    @Test
    void shouldRankAWholeNameAboveAWordAboveAnAlias() {
        String tag = unique();
        String alias = person("Someone Else " + tag, "Zorn" + tag + " Alias");
        String word = person("Ada Zorn" + tag);
        String whole = person("Zorn" + tag + " Smith");
        mention(alias, 2, tag); // more mentioned, but only its alias matches
        eventually(() -> suggest("zorn" + tag, "person").body("data.slug", contains(whole, word, alias))
                .body("data.matched", contains("Zorn" + tag + " Smith", "Ada Zorn" + tag, "Zorn" + tag + " Alias"))
                .body("data.mentions", contains(0, 0, 2)));
    }

    @Test
    void shouldSuggestOnlyTheTypesAsked() {
        String tag = unique();
        String who = person("Typed" + tag + " Person");
        String what = entity("Typed" + tag + " Place", "place");
        suggest("typed" + tag, null).body("data.slug", org.hamcrest.Matchers.containsInAnyOrder(who, what));
        suggest("typed" + tag, "entity").body("data.slug", contains(what)).body("data.type", everyItem(equalTo("entity")));
        anonymous().queryParam("q", "typed" + tag).queryParam("types", "person").queryParam("types", "entity").get(SUGGEST)
                .then().statusCode(OK).body("data.slug", org.hamcrest.Matchers.containsInAnyOrder(who, what));
    }

    @Test
    void shouldCapEachType() {
        String tag = unique();
        for (int i = 0; i < 3; i++) {
            person("Capped" + tag + " " + i);
        }
        anonymous().queryParam("q", "capped" + tag).queryParam("limit", 2).get(SUGGEST).then().statusCode(OK)
                .body("data.size()", equalTo(2));
    }

    @Test
    void shouldSuggestANewPersonRightAfterTheCreateAnswered() {
        String tag = unique();
        String slug = person("Newcomer" + tag + " Jones");
        suggest("newcomer" + tag, "person").body("data.slug", contains(slug));
    }

    @Test
    void shouldSuggestARenamedPersonByTheNewNameOnly() {
        String tag = unique();
        String slug = person("Oldname" + tag + " Brown");
        suggest("oldname" + tag, "person").body("data.slug", contains(slug));
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("name", "Newname" + tag + " Brown"))
                .patch("/v1/people/{idOrSlug}", slug).then().statusCode(OK);
        suggest("oldname" + tag, "person").body("data", empty());
        suggest("newname" + tag, "person").body("data.name", contains("Newname" + tag + " Brown"));
    }

    @Test
    void shouldNeverSuggestADraftsHeadline() {
        String tag = unique();
        String draft = draft("Headline" + tag + " still a draft", Map.of()).path("slug");
        String out = published("Headline" + tag + " out now", Map.of()).path("slug");
        eventually(() -> suggest("headline" + tag, "article").body("data.slug", contains(out)).body("data.slug", not(hasItem(draft)))
                .body("data[0].type", equalTo("article")));
    }

    @Test
    void shouldSuggestTheHeadlinesOfTheMostRecentArticlesOnlyWhileSearchFindsEveryOne() {
        String tag = unique();
        String old = published("Archive" + tag + " from long ago", Map.of("publishedAt", "1990-01-01T00:00:00Z")).path("slug");
        StringBuilder newer = new StringBuilder(); // more than lede.search.suggest-articles (200 in tests) published since
        for (int i = 0; i < 201; i++) {
            newer.append("{\"type\": \"article\", \"publish\": true, \"data\": {\"headline\": \"Filler ")
                    .append(tag).append(' ').append(i).append("\", \"language\": \"en\"}}\n");
        }
        admin().contentType("application/x-ndjson").body(newer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(201));
        String recent = published("Archive" + tag + " of today", Map.of()).path("slug");
        eventually(() -> suggest("archive" + tag, "article").body("data.slug", contains(recent)));
        anonymous().queryParam("q", "archive" + tag).get("/v1/articles").then().statusCode(OK)
                .body("data.slug", hasItem(old)).body("data.slug", hasItem(recent));
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        anonymous().get(SUGGEST).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("q"));
        refusesParameter(SUGGEST, "q", "");
        refusesParameter(SUGGEST, "q", "x".repeat(101));
        refusesParameter(SUGGEST, "q", "!!!");
        refusesParameter(SUGGEST + "?q=kir", "types", "person,bogus");
        refusesParameter(SUGGEST + "?q=kir", "limit", "11");
        refusesParameter(SUGGEST + "?q=kir", "limit", "0");
        refusesParameter(SUGGEST + "?q=kir", "limit", "ten").contentType("application/problem+json");
    }
}
