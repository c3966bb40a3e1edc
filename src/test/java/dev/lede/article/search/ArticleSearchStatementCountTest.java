package dev.lede.article.search;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** A search page runs as many SQL statements for twelve hits as for two, with every embed and facet. */
@QuarkusTest
class ArticleSearchStatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldRunAsManyStatementsForTwelveHitsAsForTwo() {
        String word = "w" + unique();
        for (int i = 0; i < 12; i++) {
            String person = person("Counted Person " + unique());
            String place = entity("Counted Place " + unique(), "place");
            published("Counted " + word + " " + i, Map.of("people", List.of(Map.of("person", person)),
                    "entities", List.of(Map.of("entity", place))));
        }
        assertThat(statementsFor(word, 12)).isEqualTo(statementsFor(word, 2));
    }

    /**
     * A page of list views (no body, no embed, no facet) is served from the views the index stores: not one statement,
     * whatever the number of hits.
     */
    @Test
    void aPageOfListViewsReadsNothingFromTheDatabase() {
        String word = "v" + unique();
        for (int i = 0; i < 12; i++) {
            published("Viewed " + word + " " + i, Map.of("tags", List.of("t" + i)));
        }
        long statements = fewest(() -> {
            var statistics = sessionFactory.getStatistics();
            statistics.clear();
            dev.lede.support.Api.admin().queryParam("q", word).queryParam("limit", 12).get("/v1/articles")
                    .then().statusCode(OK).body("data", hasSize(12)).body("data.tags.flatten()", hasSize(12));
            return statistics.getPrepareStatementCount();
        });
        assertThat(statements).isZero();
    }

    /**
     * Bodies live apart from the article rows (V29): a search page reads none unless fields asks for them, and then
     * the whole page's in one statement, whatever the number of hits.
     */
    @Test
    void shouldReadThePagesBodiesOnlyWhenAskedForInOneStatement() {
        String word = "b" + unique();
        for (int i = 0; i < 12; i++) {
            published("Bodied " + word + " " + i, Map.of("body", List.of("Paragraph of hit " + i + " about " + word + ".")));
        }
        long without = statementsFor(word, 12, null);
        assertThat(bodiesLoaded()).as("bodies read for a page without them").isZero();
        long two = statementsFor(word, 2, "id,body");
        long twelve = statementsFor(word, 12, "id,body");
        assertThat(bodiesLoaded()).as("bodies read for a page of 12 with them").isEqualTo(12);
        assertThat(twelve).as("statements for 12 bodies vs 2").isEqualTo(two);
        assertThat(twelve - without).as("one statement for the page's bodies").isEqualTo(1);
        dev.lede.support.Api.admin().queryParam("q", word).queryParam("limit", 12).queryParam("fields", "id,body")
                .get("/v1/articles").then().statusCode(OK).body("data.body.flatten()", hasSize(12))
                .body("data.body.flatten()", everyItem(containsString(" about " + word + ".")));
    }

    private long bodiesLoaded() {
        return sessionFactory.getStatistics().getEntityStatistics("dev.lede.article.ArticleBody").getLoadCount();
    }

    /**
     * A limited key's search re-checks every hit's entitlements in the database (the index may lag a move out of them):
     * its credits and tags are read for the page at once, never per hit.
     */
    @Test
    void aLimitedKeysSearchRunsAsManyStatementsForEightHitsAsForOne() {
        String u = unique();
        String licensed = dev.lede.support.Fixtures.source("Counted licence " + u, "wire_agency");
        var key = dev.lede.keys.Keys.create(Map.of("scopes", List.of("partner"),
                "entitlements", Map.of("sources", List.of(licensed), "tags", List.of("a-" + u, "b-" + u))));
        for (String size : List.of("one", "eight")) {
            for (int i = 0; i < (size.equals("one") ? 1 : 8); i++) {
                for (String credited : List.of(licensed, dev.lede.support.Fixtures.source("Counted other " + unique(), "wire_agency"))) {
                    published("Counted " + size + u + " " + i, Map.of("tags", List.of("a-" + u),
                            "credits", List.of(Map.of("source", credited, "role", "wire"))));
                }
            }
        }
        key.request().get("/v1/sources").then().statusCode(OK); // the key verified and cached
        long one = fewest(() -> limitedStatements(key, "one" + u, 1));
        long eight = fewest(() -> limitedStatements(key, "eight" + u, 8));
        assertThat(eight).isEqualTo(one);
    }

    /** The fewest of three: statistics are global, and a key's verification or last use may fall in one. */
    private static long fewest(java.util.function.LongSupplier statements) {
        return java.util.stream.LongStream.generate(statements).limit(3).min().orElseThrow();
    }

    private long limitedStatements(dev.lede.keys.Keys key, String word, int hits) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        key.request().queryParam("q", word).queryParam("include", "credits").get("/v1/articles")
                .then().statusCode(OK).body("data", hasSize(hits));
        long keys = java.util.Arrays.stream(statistics.getQueries()).filter(q -> q.contains("ApiKey"))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
        return statistics.getPrepareStatementCount() - keys;
    }

    private long statementsFor(String word, int limit) {
        return statementsFor(word, limit, null);
    }

    private long statementsFor(String word, int limit, String fields) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        // With a key: the response cache keeps no page for it, so every request runs.
        var request = dev.lede.support.Api.admin();
        if (fields != null) {
            request.queryParam("fields", fields);
        }
        request.queryParam("q", word).queryParam("limit", limit).queryParam("highlight", "true")
                .queryParam("include", "people,entities,source,credits,bylines,quotes")
                .queryParam("facets", "person,entity,source,section,language,month").get("/v1/articles")
                .then().statusCode(OK).body("data", hasSize(limit));
        return statistics.getPrepareStatementCount();
    }
}
