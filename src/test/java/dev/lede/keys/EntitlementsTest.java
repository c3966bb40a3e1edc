package dev.lede.keys;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A key limited to sources and sections (issue 16) sees the article inside in every read and never one outside: an
 * item outside answers exactly what a missing one answers, lists, searches (and their facet counts), suggestions,
 * feeds, relation views, related articles and the change feed leave it out; an unrestricted partner and anonymous
 * readers still see everything.
 */
@QuarkusTest
class EntitlementsTest {
    private static final String CACHE_PRIVATE = "no-store, private";

    @Test
    void anItemOutsideAnswersExactlyWhatAMissingOneAnswers() {
        Licensed world = Licensed.made();
        for (Licensed.Piece piece : world.outsides()) {
            for (String key : List.of(piece.id(), piece.slug())) {
                sameAsMissing(world, "/v1/articles/{k}", key);
                sameAsMissing(world, "/v1/articles/{k}/revisions", key);
                sameAsMissing(world, "/v1/articles/{k}/revisions/1", key);
                sameAsMissing(world, "/v1/articles/{k}/related", key);
                sameAsMissing(world, "/v1/articles/{k}/quotes", key);
                world.entitled().request().queryParam("format", "ninjs").get("/v1/articles/{k}", key).then().statusCode(404);
                world.entitled().request().accept("application/ld+json").get("/v1/articles/{k}", key).then().statusCode(404);
            }
            for (String key : List.of(piece.quoteId(), piece.quoteSlug())) {
                sameAsMissing(world, "/v1/quotes/{k}", key);
            }
            // Filtering quotes by an article outside is refused as filtering by one that does not exist.
            String refused = world.entitled().request().queryParam("article", piece.id()).get("/v1/quotes").then()
                    .statusCode(400).extract().path("errors[0].message");
            String missing = world.entitled().request().queryParam("article", "nothing-" + world.u()).get("/v1/quotes").then()
                    .statusCode(400).extract().path("errors[0].message");
            assertThat(refused.replace(piece.id(), "K")).isEqualTo(missing.replace("nothing-" + world.u(), "K"));
        }
        Licensed.Piece inside = world.inside();
        for (String path : List.of("/v1/articles/{k}", "/v1/articles/{k}/revisions", "/v1/articles/{k}/revisions/1",
                "/v1/articles/{k}/related", "/v1/articles/{k}/quotes")) {
            world.entitled().request().get(path, inside.slug()).then().statusCode(200).header("Cache-Control", equalTo(CACHE_PRIVATE));
        }
        world.entitled().request().queryParam("format", "ninjs").get("/v1/articles/{k}", inside.id()).then().statusCode(200)
                .body("uri", equalTo("urn:lede:article:" + inside.id()));
        world.entitled().request().get("/v1/quotes/{k}", inside.quoteSlug()).then().statusCode(200).body("id", equalTo(inside.quoteId()));
    }

    @Test
    void listsSearchesAndFacetsShowOnlyWhatIsInside() {
        Licensed world = Licensed.made();
        String word = "kestrel" + world.u();
        Map<String, Map<String, ?>> lists = Map.of(
                "/v1/articles", Map.of("tag", world.tag()),
                "/v1/articles?format=ninjs", Map.of("tag", world.tag()),
                "/v1/articles?include=quotes", Map.of("q", word),
                "/v1/people/" + world.person() + "/articles", Map.of(),
                "/v1/entities/" + world.entity() + "/articles", Map.of(),
                "/v1/sources/" + world.sourceSlug() + "/articles", Map.of("q", word),
                "/v1/quotes", Map.of("q", word),
                "/v1/people/" + world.person() + "/quotes", Map.of(),
                "/v1/quotes?fragments=true", Map.of("article", world.inside().id()),
                "/v1/articles/" + world.inside().id() + "/related", Map.of());
        lists.forEach((path, query) -> {
            String entitled = body(world.entitled().request().queryParams(query), path);
            assertThat(entitled).as(path + " " + query + " shows the inside").contains(world.inside().id());
            world.outsides().forEach(out -> assertThat(out.shownIn(entitled)).as(path + " " + query + " hides " + out.word()).isFalse());
        });
        String all = body(anonymous().queryParam("tag", world.tag()), "/v1/articles");
        assertThat(all).contains(world.inside().id(), world.outside().id(), world.otherSource().id());

        JsonPath found = world.entitled().request().queryParam("q", word).queryParam("facets", "section,source").queryParam("includeTotal", true)
                .get("/v1/articles").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("data.id")).containsExactly(world.inside().id());
        assertThat(found.getInt("meta.total")).isEqualTo(1);
        assertThat(found.getList("meta.facets.section.name")).containsExactly(world.section());
        assertThat(found.getList("meta.facets.source.count", Integer.class)).containsExactly(1);
        JsonPath everyone = anonymous().queryParam("q", word).queryParam("facets", "section").queryParam("includeTotal", true).get("/v1/articles").then()
                .extract().jsonPath();
        assertThat(everyone.getInt("meta.total")).isEqualTo(3);
        assertThat(everyone.getList("meta.facets.section.name")).contains("sport-" + world.u());
        assertThat(world.entitled().request().queryParam("q", world.outside().word()).queryParam("includeTotal", true).get("/v1/articles").then()
                .extract().jsonPath().getInt("meta.total")).as("its own word finds nothing").isZero();
    }

    @Test
    void feedsAndSuggestionsShowOnlyWhatIsInside() throws InterruptedException {
        Licensed world = Licensed.made();
        for (String path : List.of("/v1/feeds/articles.rss?tag=" + world.tag(), "/v1/feeds/articles.atom?tag=" + world.tag(),
                "/v1/feeds/articles.json?tag=" + world.tag(), "/v1/people/" + world.person() + "/feed.json",
                "/v1/sources/" + world.sourceSlug() + "/feed.atom", "/v1/entities/" + world.entity() + "/feed.rss")) {
            String entitled = world.entitled().request().get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo(CACHE_PRIVATE)).extract().asString();
            assertThat(entitled).as(path).contains(world.inside().id());
            world.outsides().forEach(out -> assertThat(out.shownIn(entitled)).as(path + " hides " + out.word()).isFalse());
            assertThat(anonymous().get(path).then().statusCode(200).extract().asString()).as(path + " for everyone")
                    .contains(world.outside().id());
        }
        Supplier<List<String>> anyone = () -> anonymous().queryParam("q", "kestrel" + world.u()).queryParam("types", "article")
                .get("/v1/suggest").then().statusCode(200).extract().jsonPath().getList("data.id");
        for (int i = 0; i < 100 && anyone.get().size() < 3; i++) {
            Thread.sleep(100); // article writes do not wait for the typeahead's snapshot
        }
        assertThat(anyone.get()).hasSize(3);
        assertThat(world.entitled().request().queryParam("q", "kestrel" + world.u()).get("/v1/suggest").then().statusCode(200)
                .extract().jsonPath().getList("data.id")).containsExactly(world.inside().id());
    }

    @Test
    void theChangeFeedShowsNoEventOfAnArticleOutsideNotEvenItsDeletion() {
        String since = anonymous().queryParam("since", "now").get("/v1/changes").then().statusCode(200).extract().path("meta.nextCursor");
        Licensed world = Licensed.made();
        admin().header("If-Match", "*").delete("/v1/articles/{id}", world.outside().id()).then().statusCode(204);
        for (String include : new String[] {null, "resource"}) {
            RequestSpecification request = world.entitled().request().queryParam("since", since).queryParam("limit", 100);
            if (include != null) {
                request.queryParam("include", include);
            }
            String body = body(request, "/v1/changes");
            assertThat(body).as("include=" + include).contains(world.inside().id(), world.inside().quoteId());
            world.outsides().forEach(out -> assertThat(out.shownIn(body)).as("include=" + include + " hides " + out.word()).isFalse());
        }
        JsonPath everyone = anonymous().queryParam("since", since).queryParam("limit", 1000).get("/v1/changes").then()
                .statusCode(200).extract().jsonPath();
        assertThat(everyone.getList("data.findAll { it.op == 'deleted' }.id")).contains(world.outside().id());
        assertThat(everyone.getList("data.id")).contains(world.otherSource().id());
    }

    @Test
    void anUnrestrictedPartnerAndAnonymousReadersSeeEverything() {
        Licensed world = Licensed.made();
        Keys unrestricted = Keys.withScopes("partner");
        for (Supplier<RequestSpecification> reader : List.<Supplier<RequestSpecification>>of(unrestricted::request, dev.lede.support.Api::anonymous)) {
            for (Licensed.Piece piece : List.of(world.inside(), world.outside(), world.otherSource())) {
                reader.get().get("/v1/articles/{k}", piece.slug()).then().statusCode(200);
                reader.get().get("/v1/quotes/{k}", piece.quoteId()).then().statusCode(200);
                reader.get().get("/v1/articles/{k}/revisions", piece.id()).then().statusCode(200);
            }
            assertThat(reader.get().queryParam("person", world.person()).get("/v1/quotes").then().statusCode(200)
                    .extract().jsonPath().getList("data.id")).hasSize(3);
        }
    }

    /** The problem for an item outside equals the one for a missing item, but for the key named in it. */
    private static void sameAsMissing(Licensed world, String path, String key) {
        Response outside = world.entitled().request().get(path, key);
        String missingKey = "no-such-" + world.u();
        Response missing = world.entitled().request().get(path, missingKey);
        assertThat(outside.statusCode()).as(path + " " + key).isEqualTo(404);
        assertThat(outside.contentType()).isEqualTo(missing.contentType());
        assertThat(outside.asString().replace(key, "K")).as(path + " " + key).isEqualTo(missing.asString().replace(missingKey, "K"));
    }

    private static String body(RequestSpecification request, String path) {
        return request.get(path).then().statusCode(200).extract().asString();
    }
}
