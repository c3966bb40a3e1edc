package dev.lede.article.search;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.refusesParameter;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/articles/{idOrSlug}/related: what a reader of "more like this" notices, on small corpora written so that the
 * right order is obvious (their words and names are unique to each test), and on the reference article.
 */
@QuarkusTest
class ArticleRelatedTest {
    private static final String RELATED = "/v1/articles/{idOrSlug}/related";
    private static final String REFERENCE = "us-expresses-concern-over-military-association-between-russia-and-iran";

    /** A story of its own: two people, an entity and three words no other test's articles use. */
    private record Story(String p1, String p2, String place, String w1, String w2, String w3) {
        static Story create() {
            return new Story(person("Rel Person " + unique()), person("Rel Person " + unique()),
                    entity("Rel Place " + unique(), "place"), "w" + unique(), "w" + unique(), "w" + unique());
        }

        /** An article naming these people and entities, with this headline and body. */
        static Map<String, Object> article(String body, List<String> people, List<String> entities) {
            Map<String, Object> extra = new HashMap<>();
            extra.put("body", List.of(body));
            extra.put("people", people.stream().map(slug -> Map.of("person", slug)).toList());
            extra.put("entities", entities.stream().map(slug -> Map.of("entity", slug)).toList());
            return extra;
        }

        /**
         * The article the others are compared with. Its text is its three words and stop words only, so that no other
         * article of the suite shares a word with it.
         */
        String reference() {
            return published(w1 + " " + w2 + " and " + w3,
                    article("The " + w1 + " of the " + w2 + " was by " + w3 + ".", List.of(p1, p2), List.of(place))).path("id");
        }
    }

    @Test
    void shouldRankTheArticleSharingMorePeopleAndTextFirstAndNeverListItself() {
        Story story = Story.create();
        String reference = story.reference();
        String close = published("The " + story.w1() + " and " + story.w2() + " again", Story.article(
                "Inspectors came back to the " + story.w1() + " and the " + story.w2() + ".",
                List.of(story.p1(), story.p2()), List.of(story.place()))).path("id");
        String far = published("Another day " + unique(), Story.article("A word on " + story.w1() + " in passing.",
                List.of(story.p1()), List.of())).path("id");
        String unrelated = published("Unrelated " + unique(), Story.article("w" + unique() + " w" + unique() + ".",
                List.of(person("Rel Other " + unique())), List.of())).path("id");
        List<String> order = anonymous().get(RELATED, reference).then().statusCode(OK)
                .body("data", hasSize(2)).body("meta.limit", equalTo(10)).extract().path("data.id");
        assertThat(order).containsExactly(close, far).doesNotContain(reference, unrelated);
    }

    @Test
    void shouldRelateBySharedNamesAloneAndBySimilarTextAlone() {
        Story story = Story.create();
        String reference = story.reference();
        String namesOnly = published("Nothing alike " + unique(), Story.article("w" + unique() + ".",
                List.of(story.p2()), List.of(story.place()))).path("id");
        String textOnly = published("A report " + unique(), Story.article(story.w3() + " and " + story.w2() + " today.",
                List.of(), List.of())).path("id");
        anonymous().get(RELATED, reference).then().statusCode(OK)
                .body("data.id", hasItem(namesOnly)).body("data.id", hasItem(textOnly)).body("data", hasSize(2));
    }

    @Test
    void shouldShowAnArticlePublishedSinceTheLastReadAndAnswer304Meanwhile() {
        Story story = Story.create();
        String reference = story.reference();
        var first = anonymous().get(RELATED, reference).then().statusCode(OK).body("data", empty()).extract();
        anonymous().header("If-None-Match", first.header("ETag")).get(RELATED, reference).then().statusCode(NOT_MODIFIED);
        String later = published("Later " + story.w1(), Story.article(story.w2() + ".", List.of(story.p1()), List.of())).path("id");
        anonymous().header("If-None-Match", first.header("ETag")).get(RELATED, reference).then().statusCode(OK)
                .body("data.id", contains(later));
    }

    @Test
    void shouldNeverShowADraftToThePublicButToAKeyHolderWhoAsks() {
        Story story = Story.create();
        String reference = story.reference();
        String hidden = draft(story.w1() + " " + story.w2() + " draft", Story.article(story.w1() + " " + story.w3() + ".",
                List.of(story.p1(), story.p2()), List.of(story.place()))).path("id");
        anonymous().get(RELATED, reference).then().statusCode(OK).body("data", empty());
        admin().get(RELATED, reference).then().statusCode(OK).body("data", empty());
        admin().queryParam("status", "draft").get(RELATED, reference).then().statusCode(OK).body("data.id", contains(hidden));
        admin().queryParam("status", "all").get(RELATED, reference).then().statusCode(OK).body("data.id", contains(hidden));
        anonymous().queryParam("status", "draft").get(RELATED, reference).then().statusCode(UNAUTHORIZED);
    }

    @Test
    void shouldReadTheArticleAsASingleReadDoes() {
        anonymous().get(RELATED, "no-such-article-" + unique()).then().statusCode(NOT_FOUND)
                .contentType(containsString("application/problem+json"));
        Story story = Story.create();
        String draftId = draft("Draft " + story.w1(), Story.article(story.w1() + ".", List.of(story.p1()), List.of())).path("id");
        String reference = story.reference();
        anonymous().get(RELATED, draftId).then().statusCode(NOT_FOUND).contentType(containsString("application/problem+json"));
        admin().get(RELATED, draftId).then().statusCode(OK).body("data.id", contains(reference));
        String slug = anonymous().get("/v1/articles/{idOrSlug}", reference).then().extract().path("slug");
        admin().contentType("application/merge-patch+json").header("If-Match", "*").body(Map.of("slug", "moved-" + unique()))
                .patch("/v1/articles/{idOrSlug}", reference).then().statusCode(OK);
        anonymous().redirects().follow(false).queryParam("limit", 3).get(RELATED, slug).then().statusCode(MOVED_PERMANENTLY)
                .header("Location", containsString("/related?limit=3"));
        admin().header("If-Match", "*").body(Map.of("reason", "Test")).post("/v1/articles/{idOrSlug}/withdraw", reference)
                .then().statusCode(OK);
        anonymous().get(RELATED, reference).then().statusCode(GONE);
    }

    @Test
    void shouldTrimItemsToTheFieldsAndEmbedWhatIsIncludedAndHonourTheLimit() {
        Story story = Story.create();
        String reference = story.reference();
        for (int i = 0; i < 3; i++) {
            published("More " + story.w1() + " " + i, Story.article(story.w2() + ".", List.of(story.p1()), List.of()));
        }
        anonymous().queryParam("limit", 2).queryParam("fields", "headline,body").get(RELATED, reference).then().statusCode(OK)
                .body("data", hasSize(2)).body("meta.limit", equalTo(2))
                .body("data[0]", not(hasKey("slug"))).body("data[0].body", hasSize(1)).body("data[0]", hasKey("id"));
        anonymous().queryParam("include", "people").get(RELATED, reference).then().statusCode(OK)
                .body("data", hasSize(3)).body("data.people.flatten().slug", everyItem(equalTo(story.p1())))
                .body("data[0]", not(hasKey("body")));
    }

    @Test
    void shouldRefuseBadParametersWithAProblemNamingThem() {
        String reference = Story.create().reference();
        String path = "/v1/articles/" + reference + "/related";
        for (String limit : List.of("0", "51", "ten")) {
            refusesParameter(path, "limit", limit).contentType(containsString("application/problem+json"));
        }
        refusesParameter(path, "fields", "nope");
        refusesParameter(path, "include", "nope");
        admin().queryParam("status", "nope").get(path).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("status"));
    }

    /**
     * The article shares the reference's entities but Iran, and none of its people, and words of its text that no
     * other test searches for: the reference's pinned lists (John Kirby's articles) and Iran's related names stay as
     * other tests expect them.
     */
    @Test
    void shouldListOnTheReferenceArticleAnArticleWrittenToShareItsEntities() {
        var reference = anonymous().get("/v1/articles/{idOrSlug}", REFERENCE).then().statusCode(OK).extract().jsonPath();
        List<String> entities = reference.<String>getList("entities.slug").stream().filter(slug -> !slug.equals("iran")).toList();
        assertThat(entities).contains("russia", "ukraine", "russian-aerospace-forces");
        String alike = published("Concern over a military association " + unique(), Story.article(
                "The Russian Aerospace Forces and the military transport aviation command, said the United Nations.",
                List.of(), entities)).path("id");
        anonymous().queryParam("limit", 50).get(RELATED, REFERENCE).then().statusCode(OK)
                .body("data.id", hasItem(alike)).body("data.id", not(hasItem(reference.getString("id"))));
    }
}
