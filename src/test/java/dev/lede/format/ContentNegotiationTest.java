package dev.lede.format;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_ACCEPTABLE;
import static dev.lede.support.Status.OK;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON stays the default; an Accept no representation satisfies is a 406 problem naming those that would. */
@QuarkusTest
class ContentNegotiationTest {
    private static final String JSON = "application/json";
    private static final String NINJS = "application/ninjs+json";
    private static final String JSON_LD = "application/ld+json";

    @Test
    void jsonIsServedWithoutAcceptAndToAnyAcceptThatTakesIt() {
        String id = published("Default " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).contentType(JSON).body("id", equalTo(id));
        for (String accept : new String[] {"*/*", JSON, "application/*", "text/html, */*;q=0.1"}) {
            anonymous().accept(accept).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).contentType(JSON)
                    .body("id", equalTo(id));
        }
        anonymous().accept(NINJS + ";q=0.5, " + JSON).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).contentType(JSON);
        anonymous().accept(JSON + ";q=0.5, " + NINJS).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).contentType(NINJS);
    }

    @Test
    void negotiatedArticleResponsesVaryOnAccept() {
        String id = published("Vary " + unique(), Map.of()).path("id");
        for (String accept : new String[] {JSON, NINJS, JSON_LD}) {
            anonymous().accept(accept).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).contentType(accept)
                    .header("Vary", containsString("Accept"));
        }
        anonymous().accept(NINJS).get("/v1/articles").then().statusCode(OK).header("Vary", containsString("Accept"));
    }

    @Test
    void anArticleRefusesAnAcceptItCannotServeNamingTheTypesItCan() {
        String id = published("Refused " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK); // cached: the refusal must not be a hit
        for (String accept : new String[] {"text/html", "application/xml", "application/problem+json"}) {
            anonymous().accept(accept).get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_ACCEPTABLE)
                    .contentType("application/problem+json").body("status", equalTo(406))
                    .body("acceptable", contains(JSON, NINJS, JSON_LD)).body("detail", containsString(NINJS));
        }
        anonymous().accept(JSON_LD).get("/v1/articles").then().statusCode(NOT_ACCEPTABLE)
                .contentType("application/problem+json").body("acceptable", contains(JSON, NINJS));
    }

    @Test
    void everyOtherPathRefusesAnAcceptItCannotServeEvenWhenItsJsonIsCached() {
        String slug = person("Negotiated " + unique());
        String article = published("Quoted " + unique(), Map.of()).path("id");
        String quote = admin().body(Map.of("text", "Words said here.", "article", article)).post("/v1/quotes")
                .then().statusCode(CREATED).extract().path("id");
        for (String path : new String[] {"/v1/people/" + slug, "/v1/people", "/v1/quotes/" + quote, "/v1/quotes"}) {
            anonymous().get(path).then().statusCode(OK).contentType(JSON);
            anonymous().get(path).then().statusCode(OK).contentType(JSON); // now a hit
            anonymous().accept("text/html").get(path).then().statusCode(NOT_ACCEPTABLE)
                    .contentType("application/problem+json").body("acceptable", containsInAnyOrder(JSON));
            anonymous().accept(NINJS).get(path).then().statusCode(NOT_ACCEPTABLE).contentType("application/problem+json");
        }
    }
}
