package dev.lede.article.search;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /v1/articles?q=: what a reader of the search notices, on the reference article and on articles of its own. */
@QuarkusTest
class ArticleSearchTest {
    private static final String REFERENCE = "us-expresses-concern-over-military-association-between-russia-and-iran";
    private static final String ARTICLES = "/v1/articles";

    @Test
    void shouldFindTheReferenceArticleByAWordOfItsTextWithAHighlightedSnippet() {
        String id = anonymous().queryParam("q", "drones").queryParam("highlight", "true").get(ARTICLES)
                .then().statusCode(OK).body("data.slug", hasItem(REFERENCE)).extract().path("data.find { it.slug == '" + REFERENCE + "' }.id");
        List<String> snippets = anonymous().queryParam("q", "drones").queryParam("highlight", "true").get(ARTICLES)
                .then().extract().path("meta.highlights." + id);
        assertThat(snippets).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(snippets).anyMatch(s -> s.contains("<mark>drones</mark>"));
    }

    @Test
    void shouldEscapeEverythingButTheMarksInSnippets() {
        String word = "w" + unique();
        String id = published("Escaping " + unique(), Map.of("body", List.of("Tags like <script>alert(1)</script> & " + word + " stay text."))).path("id");
        List<String> snippets = anonymous().queryParam("q", word).queryParam("highlight", "true").get(ARTICLES)
                .then().statusCode(OK).extract().path("meta.highlights." + id);
        assertThat(snippets).hasSize(1);
        assertThat(snippets.get(0)).contains("&lt;script&gt;", "&amp;", "<mark>" + word + "</mark>").doesNotContain("<script>");
    }

    @Test
    void shouldFindItByAPhraseAndAWord() {
        anonymous().queryParam("q", "\"production line\" AND Iran").get(ARTICLES)
                .then().statusCode(OK).body("data.slug", hasItem(REFERENCE));
        anonymous().queryParam("q", "\"production line\" AND -Iran").get(ARTICLES)
                .then().statusCode(OK).body("data.slug", org.hamcrest.Matchers.not(hasItem(REFERENCE)));
    }

    @Test
    void shouldCountTheEntitiesOfAPrefixSearchNarrowedToAPerson() {
        anonymous().queryParam("q", "drone*").queryParam("person", "john-kirby").queryParam("facets", "entity").get(ARTICLES)
                .then().statusCode(OK).body("data.slug", hasItem(REFERENCE))
                .body("meta.facets.entity.slug", hasItem("iran"))
                .body("meta.facets.entity.find { it.slug == 'iran' }.name", equalTo("Iran"))
                .body("meta.facets.entity.find { it.slug == 'iran' }.count", equalTo(1));
    }

    @Test
    void shouldFindAnArticleByTheNameOrAliasOfAPersonItNamesWhereItsTextDoesNot() {
        String name = "Q" + unique();
        String alias = "A" + unique();
        String slug = person("Ann " + name, alias);
        String id = published("The spokesman spoke " + unique(), Map.of("people", List.of(Map.of("person", slug)))).path("id");
        for (String q : List.of(name, alias)) {
            anonymous().queryParam("q", q).get(ARTICLES).then().statusCode(OK).body("data.id", contains(id));
        }
    }

    @Test
    void shouldRankAHeadlineMatchAboveABodyMatchAndMoreMatchesAboveFewer() {
        String word = "w" + unique();
        String tag = "t" + unique();
        String body = published("Ordinary news " + unique(), Map.of("tags", List.of(tag),
                "body", List.of("Something about " + word + " today.", "Nothing else of note here at all."))).path("id");
        String headline = published("All about " + word, Map.of("tags", List.of(tag),
                "body", List.of("Plain paragraph.", "Another plain paragraph."))).path("id");
        String many = published("Ordinary report " + unique(), Map.of("tags", List.of(tag),
                "body", List.of(word + " again, " + word + " and " + word + " once more.", "Nothing else of note here at all."))).path("id");
        List<String> order = anonymous().queryParam("q", word).queryParam("tag", tag).get(ARTICLES)
                .then().statusCode(OK).body("data", hasSize(3)).extract().path("data.id");
        assertThat(order.indexOf(headline)).as("headline match first").isLessThan(order.indexOf(body));
        assertThat(order.indexOf(many)).as("more matches above fewer").isLessThan(order.indexOf(body));
    }

    @Test
    void shouldAnalyseEachLanguageWithItsOwnStemming() {
        Map<String, String[]> cases = Map.of(
                "en", new String[] {"The runners were running home", "runs"},
                "pt", new String[] {"Os gatos pretos dormem", "gato"},
                "es", new String[] {"Las ciudades crecen", "ciudad"},
                "fr", new String[] {"Les chevaux galopent", "cheval"},
                "de", new String[] {"Die Häuser sind alt", "Haus"});
        cases.forEach((language, textAndQuery) -> {
            String tag = "t" + unique();
            String id = published(textAndQuery[0], Map.of("language", language, "tags", List.of(tag),
                    "body", List.of(textAndQuery[0] + "."))).path("id");
            anonymous().queryParam("q", textAndQuery[1]).queryParam("tag", tag).get(ARTICLES)
                    .then().statusCode(OK).body("data.id", contains(id));
        });
    }

    @Test
    void shouldCountFacetsOverTheWholeResultNotThePage() {
        String word = "w" + unique();
        String section = "s" + unique();
        for (int i = 0; i < 3; i++) {
            published("Facet " + word + " " + i, Map.of("section", section));
        }
        anonymous().queryParam("q", word).queryParam("limit", "1").queryParam("facets", "section,language,month")
                .queryParam("includeTotal", "true").get(ARTICLES)
                .then().statusCode(OK).body("data", hasSize(1)).body("meta.total", equalTo(3))
                .body("meta.facets.section", hasSize(1)).body("meta.facets.section[0].name", equalTo(section))
                .body("meta.facets.section[0].count", equalTo(3)).body("meta.facets.language[0].count", equalTo(3));
    }

    @Test
    void shouldListTheMostFrequentFacetValuesFirstUpToTheLimitTiesByValue() {
        String word = "w" + unique();
        String u = unique().toLowerCase();
        for (String section : List.of("c" + u, "a" + u, "b" + u, "a" + u)) { // each write its own segment
            published("Facet order " + word, Map.of("section", section));
        }
        anonymous().queryParam("q", word).queryParam("facets", "section").queryParam("facetLimit", "2").get(ARTICLES)
                .then().statusCode(OK)
                .body("meta.facets.section.name", contains("a" + u, "b" + u))
                .body("meta.facets.section.count", contains(2, 1));
    }

    @Test
    void shouldPageWithCursorsThatStayValidWhileArticlesAreAdded() {
        String word = "w" + unique();
        for (int i = 0; i < 3; i++) {
            published("Paged " + word + " " + i, Map.of());
        }
        var first = anonymous().queryParam("q", word).queryParam("limit", "2").get(ARTICLES)
                .then().statusCode(OK).body("data", hasSize(2)).extract();
        published("Paged " + word + " added", Map.of());
        List<String> second = anonymous().queryParam("q", word).queryParam("limit", "2")
                .queryParam("cursor", (String) first.path("meta.nextCursor")).get(ARTICLES)
                .then().statusCode(OK).body("data", org.hamcrest.Matchers.not(empty())).extract().path("data.id");
        assertThat(second).doesNotContainAnyElementsOf(first.<List<String>>path("data.id"));
        anonymous().queryParam("q", word).queryParam("sort", "-publishedAt").queryParam("limit", "2").get(ARTICLES)
                .then().statusCode(OK).body("data[0].headline", equalTo("Paged " + word + " added"));
    }

    @Test
    void shouldSeeEachWriteAtOnceAndNothingOfARefusedOne() {
        String word = "w" + unique();
        String id = published("Written " + word, Map.of()).path("id");
        anonymous().queryParam("q", word).get(ARTICLES).then().statusCode(OK).body("data.id", contains(id));

        String refused = "w" + unique();
        admin().body(Map.of("headline", "Refused " + refused, "language", "en", "body", List.of("x"),
                "people", List.of(Map.of("person", "nobody-" + unique())))).post(ARTICLES).then().statusCode(BAD_REQUEST);
        admin().queryParam("q", refused).queryParam("status", "all").get(ARTICLES).then().statusCode(OK).body("data", empty());

        admin().header("If-Match", "*").body(Map.of("reason", "Legal")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        anonymous().queryParam("q", word).get(ARTICLES).then().statusCode(OK).body("data", empty());
        admin().queryParam("q", word).queryParam("status", "withdrawn").get(ARTICLES).then().statusCode(OK).body("data.id", contains(id));

        admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        admin().queryParam("q", word).queryParam("status", "all").get(ARTICLES).then().statusCode(OK).body("data", empty());
    }

    @Test
    void shouldCombineASearchWithUpdatedSince() throws InterruptedException {
        String word = "w" + unique();
        var written = published("Changed long ago " + word, Map.of());
        String older = written.path("id");
        String since = java.time.Instant.parse(written.<String>path("updatedAt")).plusMillis(1).toString();
        Thread.sleep(10);
        String newer = published("Changed since " + word, Map.of()).path("id");
        anonymous().queryParam("q", word).get(ARTICLES).then().statusCode(OK).body("data.id", org.hamcrest.Matchers.containsInAnyOrder(older, newer));
        anonymous().queryParam("q", word).queryParam("updatedSince", since).get(ARTICLES).then().statusCode(OK).body("data.id", contains(newer));
        anonymous().queryParam("q", word).queryParam("updatedSince", "yesterday").get(ARTICLES).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void shouldFollowARenameEvenInCachedAnonymousPages() {
        String before = "B" + unique();
        String after = "R" + unique();
        String slug = entity("Corp " + before, "organization");
        String id = published("A company story " + unique(), Map.of("entities", List.of(Map.of("entity", slug)))).path("id");
        for (int i = 0; i < 2; i++) {
            anonymous().queryParam("q", before).get(ARTICLES).then().statusCode(OK).body("data.id", contains(id));
            anonymous().queryParam("q", after).get(ARTICLES).then().statusCode(OK).body("data", empty());
        }
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("name", "Corp " + after))
                .patch("/v1/entities/{idOrSlug}", slug).then().statusCode(OK);
        for (int i = 0; i < 2; i++) {
            anonymous().queryParam("q", after).get(ARTICLES).then().statusCode(OK).body("data.id", contains(id));
            anonymous().queryParam("q", before).get(ARTICLES).then().statusCode(OK).body("data", empty());
        }
    }

    @Test
    void shouldNeverShowDraftsWithoutAKey() {
        String word = "w" + unique();
        String id = draft("Draft " + word, Map.of()).path("id");
        anonymous().queryParam("q", word).get(ARTICLES).then().statusCode(OK).body("data", empty());
        anonymous().queryParam("q", word).queryParam("status", "draft").get(ARTICLES).then().statusCode(UNAUTHORIZED);
        admin().queryParam("q", word).queryParam("status", "draft").get(ARTICLES).then().statusCode(OK).body("data.id", contains(id));
    }

    @Test
    void shouldRefuseBadQueriesWithA400NamingQ() {
        for (String q : List.of("\"unbalanced quote", "*drone", "a".repeat(501), " ", "drones AND", "/dr.*s/")) {
            anonymous().queryParam("q", q).get(ARTICLES).then().statusCode(BAD_REQUEST)
                    .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("q"));
        }
        anonymous().queryParam("sort", "relevance").get(ARTICLES).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("sort"));
        anonymous().queryParam("q", "x").queryParam("facets", "colour").get(ARTICLES).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("facets"));
        anonymous().queryParam("q", "x").queryParam("facetLimit", "101").get(ARTICLES).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("facetLimit"));
    }
}
