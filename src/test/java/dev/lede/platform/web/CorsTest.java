package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A browser app on another origin can read and write, and can see ETag and Link. */
@QuarkusTest
class CorsTest {
    private static final String ORIGIN = "https://app.example";

    @Test
    void aPreflightForAConditionalPutIsAllowed() {
        String id = admin().body(Map.of("name", "Cors " + unique(), "kind", "publisher")).post("/v1/sources")
                .then().statusCode(CREATED).extract().path("id");
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/v1/sources/" + id)
                .then().statusCode(lessThan(300))
                .header("Access-Control-Allow-Origin", anyOf(equalTo(ORIGIN), equalTo("*")))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PUT"))
                .header("Access-Control-Allow-Headers", allOf(containsStringIgnoringCase("authorization"),
                        containsStringIgnoringCase("if-match"), containsStringIgnoringCase("content-type")));
    }

    @Test
    void aSimpleGetExposesETagAndLink() {
        String tag = "corsget" + unique();
        for (int i = 0; i < 2; i++) {
            admin().body(Map.of("name", tag + " " + i, "kind", "other")).post("/v1/sources").then().statusCode(CREATED);
        }
        given().header("Origin", ORIGIN).queryParam("q", tag).queryParam("limit", 1).get("/v1/sources")
                .then().statusCode(OK)
                .header("Access-Control-Allow-Origin", anyOf(equalTo(ORIGIN), equalTo("*")))
                .header("Access-Control-Expose-Headers", allOf(containsStringIgnoringCase("ETag"),
                        containsStringIgnoringCase("Link")))
                .header("Link", containsStringIgnoringCase("rel=\"next\""));
    }
}
