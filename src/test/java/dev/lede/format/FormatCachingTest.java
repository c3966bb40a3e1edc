package dev.lede.format;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The formats go through the response cache like JSON: a repeated anonymous GET is a hit with the format's own ETag,
 * the JSON and the ninjs of one URL are never mixed up, a write makes every format stale, and a ninjs list costs a
 * fixed number of statements whatever its size.
 */
@QuarkusTest
class FormatCachingTest {
    private static final String JSON = "application/json";
    private static final String NINJS = "application/ninjs+json";
    private static final String JSON_LD = "application/ld+json";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theFormatsOfOneUrlAreCachedApartAndAWriteMakesEachStale() {
        String id = published("Cached formats " + unique(), Map.of()).path("id");
        String path = "/v1/articles/" + id;
        ExtractableResponse<Response> json = get(path, JSON);
        ExtractableResponse<Response> ninjs = get(path, NINJS);
        ExtractableResponse<Response> ld = get(path, JSON_LD);
        ExtractableResponse<Response> jsonAgain = get(path, JSON);
        assertThat(jsonAgain.asString()).isEqualTo(json.asString());
        assertThat(jsonAgain.header("ETag")).isEqualTo(json.header("ETag"));
        assertThat(List.of(json.header("ETag"), ninjs.header("ETag"), ld.header("ETag"))).doesNotHaveDuplicates();

        assertThat(statementsFor(path, NINJS)).as("a repeated ninjs GET is a hit").isZero();
        assertThat(statementsFor(path, JSON_LD)).as("a repeated JSON-LD GET is a hit").isZero();
        assertThat(get(path, NINJS).asString()).isEqualTo(ninjs.asString());
        anonymous().accept(NINJS).header("If-None-Match", ninjs.header("ETag")).get(path).then().statusCode(NOT_MODIFIED);
        anonymous().accept(JSON).header("If-None-Match", ninjs.header("ETag")).get(path).then().statusCode(OK)
                .contentType(JSON).body("id", equalTo(id));
        anonymous().queryParam("format", "ninjs").get(path).then().statusCode(OK).contentType(NINJS);
        anonymous().get(path).then().statusCode(OK).contentType(JSON).body("id", equalTo(id));

        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("headline", "Rewritten " + id))
                .patch(path).then().statusCode(OK);
        anonymous().accept(JSON).get(path).then().statusCode(OK).body("headline", equalTo("Rewritten " + id));
        anonymous().accept(NINJS).get(path).then().statusCode(OK).body("headlines[0].value", equalTo("Rewritten " + id))
                .body("version", equalTo("2"));
        anonymous().accept(JSON_LD).get(path).then().statusCode(OK).body("headline", equalTo("Rewritten " + id));
    }

    @Test
    void aCachedNinjsListShowsANewArticleAndARenamedPerson() {
        String tag = "c" + unique();
        String kirby = person("Cached Kirby " + tag);
        published("One " + tag, Map.of("tags", List.of(tag), "people", List.of(Map.of("person", kirby))));
        String list = "/v1/articles?tag=" + tag;
        anonymous().accept(NINJS).get(list).then().statusCode(OK).body("data", hasSize(1));
        assertThat(statementsFor(list, NINJS)).isZero();
        published("Two " + tag, Map.of("tags", List.of(tag)));
        anonymous().accept(NINJS).get(list).then().statusCode(OK).body("data", hasSize(2));
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("name", "Renamed Kirby " + tag))
                .patch("/v1/people/{idOrSlug}", kirby).then().statusCode(OK);
        anonymous().accept(NINJS).get(list).then().statusCode(OK).body("data[1].people[0].name", equalTo("Renamed Kirby " + tag));
    }

    @Test
    void aNinjsListCostsAsManyStatementsForTwoArticlesAsForEight() {
        String tag = "s" + unique();
        String publisher = source("Statement Pan " + tag, "publisher");
        for (int i = 0; i < 8; i++) {
            published("Counted " + tag + " " + i, Map.of("tags", List.of(tag), "publisher", publisher,
                    "bylines", List.of(Map.of("person", person("Author " + tag + " " + i), "role", "author")),
                    "people", List.of(Map.of("person", person("Named " + tag + " " + i))),
                    "entities", List.of(Map.of("entity", entity("Place " + tag + " " + i, "place")))));
        }
        long two = adminStatements("/v1/articles?format=ninjs&limit=2&tag=" + tag);
        long eight = adminStatements("/v1/articles?format=ninjs&limit=8&tag=" + tag);
        assertThat(eight).isPositive().isEqualTo(two);
    }

    private static ExtractableResponse<Response> get(String path, String accept) {
        return anonymous().accept(accept).get(path).then().statusCode(OK).contentType(accept).extract();
    }

    private long statementsFor(String path, String accept) {
        sessionFactory.getStatistics().clear();
        anonymous().accept(accept).get(path).then().statusCode(OK).contentType(accept);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /** A key holder's read is never cached: every one is computed. */
    private long adminStatements(String path) {
        sessionFactory.getStatistics().clear();
        admin().get(path).then().statusCode(OK).contentType(NINJS);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
