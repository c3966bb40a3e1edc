package dev.lede.article.lifecycle;

import static dev.lede.article.lifecycle.Lifecycle.eventually;
import static dev.lede.article.lifecycle.Lifecycle.kill;
import static dev.lede.article.lifecycle.Lifecycle.ops;
import static dev.lede.article.lifecycle.Lifecycle.transition;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CONFLICT;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static dev.lede.support.Status.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kill and takedown through HTTP: the notice a public read answers with (410, 451), the article gone from every public
 * read at once (cached or not: the single article, lists, relation views, search, quotes, related, typeahead), what key
 * holders still see, the change event, and what each state allows.
 */
@QuarkusTest
class ArticleRemovalTest {
    private static final int LEGALLY_UNAVAILABLE = 451;

    /** A published article naming a person, with a quote, findable by a word of its own; returns its id. */
    private static String story(String tag, String person) {
        String id = published("Removal story " + tag, Map.of("tags", List.of(tag),
                "body", List.of("The word zq" + tag + " appears here, said Person " + tag + "."),
                "people", List.of(Map.of("person", person)))).path("id");
        admin().body(Map.of("text", "appears here " + tag, "article", id, "speaker", Map.of("type", "person", "id", person)))
                .post("/v1/quotes").then().statusCode(CREATED);
        return id;
    }

    private static String quoteOf(String id) {
        return admin().get("/v1/articles/{idOrSlug}/quotes", id).then().statusCode(OK).extract().path("data[0].id");
    }

    /** Typeahead's article headlines for the story's headline (they follow a write within about a second). */
    private static ValidatableResponse suggested(String tag) {
        return anonymous().queryParam("q", "Removal story " + tag).queryParam("types", "article").get("/v1/suggest")
                .then().statusCode(OK);
    }

    @Test
    void shouldKillAnArticleEverywhereAtOnceWithA410Notice() {
        String tag = "k" + unique();
        String person = person("Person " + tag);
        String id = story(tag, person);
        String other = published("Removal story neighbour " + tag, Map.of("tags", List.of(tag),
                "people", List.of(Map.of("person", person)))).path("id");
        String quote = quoteOf(id);
        for (int warm = 0; warm < 2; warm++) { // the second read of each is a cache hit
            anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
            anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data.id", hasItem(id));
            anonymous().get("/v1/people/{idOrSlug}/articles", person).then().statusCode(OK).body("data.id", hasItem(id));
            anonymous().queryParam("q", "zq" + tag).get("/v1/articles").then().statusCode(OK).body("data.id", contains(id));
            anonymous().get("/v1/quotes/{idOrSlug}", quote).then().statusCode(OK);
            anonymous().get("/v1/articles/{idOrSlug}/quotes", id).then().statusCode(OK);
        }
        eventually(5_000, () -> suggested(tag).body("data.id", hasItem(id)));
        String etag = anonymous().get("/v1/articles/{idOrSlug}", id).then().extract().header("ETag");

        admin().header("If-Match", etag).body(Map.of("reason", "Fabricated quotes"))
                .post("/v1/articles/{idOrSlug}/kill", id).then().statusCode(OK).body("status", equalTo("killed"))
                .body("removalReason", equalTo("Fabricated quotes")).body("removedAt", notNullValue());

        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(GONE).contentType("application/problem+json")
                .body("type", endsWith("/killed")).body("id", equalTo(id)).body("reason", equalTo("Fabricated quotes"))
                .body("killedAt", notNullValue());
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data.id", contains(other));
        anonymous().get("/v1/people/{idOrSlug}/articles", person).then().statusCode(OK).body("data.id", not(hasItem(id)));
        anonymous().queryParam("q", "zq" + tag).get("/v1/articles").then().statusCode(OK).body("data", emptyIterable());
        anonymous().get("/v1/quotes/{idOrSlug}", quote).then().statusCode(GONE).body("type", endsWith("/killed"));
        anonymous().get("/v1/articles/{idOrSlug}/quotes", id).then().statusCode(GONE);
        anonymous().queryParam("q", "appears here " + tag).get("/v1/quotes").then().statusCode(OK)
                .body("data.id", not(hasItem(quote)));
        anonymous().get("/v1/articles/{idOrSlug}/related", other).then().statusCode(OK).body("data.id", not(hasItem(id)));
        anonymous().get("/v1/articles/{idOrSlug}/related", id).then().statusCode(GONE);
        eventually(5_000, () -> suggested(tag).body("data.id", not(hasItem(id))));

        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("killed"))
                .body("removalReason", equalTo("Fabricated quotes")).body("withdrawnAt", nullValue());
        admin().queryParam("tag", tag).queryParam("status", "killed").get("/v1/articles").then().statusCode(OK)
                .body("data.id", contains(id));
        assertThat(ops(id)).containsExactly("created", "published", "killed");
    }

    @Test
    void shouldTakeAnArticleDownWithA451Notice() {
        String tag = "t" + unique();
        String person = person("Person " + tag);
        String id = story(tag, person);
        String quote = quoteOf(id);
        for (int warm = 0; warm < 2; warm++) {
            anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
            anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data.id", contains(id));
        }

        transition(id, "takedown", "Court order of 9 December").statusCode(OK).body("status", equalTo("taken_down"))
                .body("removalReason", equalTo("Court order of 9 December"));

        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(LEGALLY_UNAVAILABLE)
                .contentType("application/problem+json").body("status", equalTo(LEGALLY_UNAVAILABLE))
                .body("type", endsWith("/taken-down")).body("reason", equalTo("Court order of 9 December"))
                .body("takenDownAt", notNullValue()).body("id", equalTo(id));
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data", emptyIterable());
        anonymous().queryParam("q", "zq" + tag).get("/v1/articles").then().statusCode(OK).body("data", emptyIterable());
        anonymous().get("/v1/people/{idOrSlug}/articles", person).then().statusCode(OK).body("data", emptyIterable());
        anonymous().get("/v1/quotes/{idOrSlug}", quote).then().statusCode(LEGALLY_UNAVAILABLE);
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("taken_down"));
        admin().queryParam("q", "zq" + tag).queryParam("status", "taken_down").get("/v1/articles").then().statusCode(OK)
                .body("data.id", contains(id));
        assertThat(ops(id)).containsExactly("created", "published", "taken_down");
    }

    @Test
    void shouldKillOrTakeDownOnlyWhatWasPublished() {
        String tag = unique();
        String draft = draft("Removal draft " + tag, Map.of()).path("id");
        transition(draft, "kill", "x").statusCode(CONFLICT).contentType("application/problem+json");
        transition(draft, "takedown", "x").statusCode(CONFLICT);

        String withdrawn = published("Removal withdrawn " + tag, Map.of()).path("id");
        transition(withdrawn, "withdraw", "Outdated").statusCode(OK);
        kill(withdrawn, "Fabricated").body("status", equalTo("killed"));
        anonymous().get("/v1/articles/{idOrSlug}", withdrawn).then().statusCode(GONE).body("type", endsWith("/killed"));
    }

    @Test
    void shouldKeepAKilledArticleKilledAndLetTheLawOverrideIt() {
        String id = published("Removal twice " + unique(), Map.of()).path("id");
        int version = kill(id, "First").extract().path("version");
        kill(id, "Second").body("version", equalTo(version)).body("removalReason", equalTo("First")); // changes nothing
        transition(id, "publish", null).statusCode(CONFLICT);
        transition(id, "takedown", "Court order").statusCode(OK).body("status", equalTo("taken_down"))
                .body("version", equalTo(version + 1));
        transition(id, "kill", "Again").statusCode(CONFLICT); // its legal notice stands
        transition(id, "takedown", "Again").statusCode(OK).body("version", equalTo(version + 1));
        transition(id, "publish", null).statusCode(CONFLICT);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(LEGALLY_UNAVAILABLE).body("reason", equalTo("Court order"));
        assertThat(ops(id)).containsExactly("created", "published", "killed", "taken_down");
    }

    @Test
    void shouldRefuseAKillWithoutKeyVersionOrReason() {
        String id = published("Removal refused " + unique(), Map.of()).path("id");
        anonymous().header("If-Match", "*").body(Map.of("reason", "x")).post("/v1/articles/{idOrSlug}/kill", id)
                .then().statusCode(UNAUTHORIZED);
        admin().body(Map.of("reason", "x")).post("/v1/articles/{idOrSlug}/kill", id).then().statusCode(PRECONDITION_REQUIRED);
        admin().header("If-Match", "\"v0\"").body(Map.of("reason", "x")).post("/v1/articles/{idOrSlug}/takedown", id)
                .then().statusCode(PRECONDITION_FAILED);
        transition(id, "kill", " ").statusCode(BAD_REQUEST).body("errors[0].field", equalTo("reason"));
        transition(id, "takedown", null).statusCode(BAD_REQUEST);
        admin().header("If-Match", "*").body(Map.of("reason", "x")).post("/v1/articles/{idOrSlug}/kill", "no-such-" + id)
                .then().statusCode(NOT_FOUND);
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("status", equalTo("published"));
    }
}
