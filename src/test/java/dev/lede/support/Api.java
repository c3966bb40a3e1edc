package dev.lede.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Shared request setup for tests: the test profile's admin key, and unique names so tests own their data. */
public final class Api {
    /** The fixed admin key of the test profile (application.properties: %test.lede.admin-key). */
    public static final String TEST_KEY = "lede-test-key";

    private Api() {
    }

    /** A request carrying the admin key. */
    public static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + TEST_KEY).contentType(ContentType.JSON);
    }

    /** An anonymous request. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A short random suffix so that names and slugs made by one test never collide with another's. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code GET path?name=value} is refused with a 400 problem naming the parameter. */
    public static ValidatableResponse refusesParameter(String path, String name, String value) {
        return anonymous().queryParam(name, value).get(path).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo(name));
    }
}
