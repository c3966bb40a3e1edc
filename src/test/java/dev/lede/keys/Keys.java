package dev.lede.keys;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Keys made through the API for tests: each with a unique name, its secret kept for the test's requests. */
public record Keys(String id, String name, String secret) {

    /** A new key with these scopes (and no entitlements). */
    public static Keys withScopes(String... scopes) {
        return create(Map.of("scopes", List.of(scopes)));
    }

    /** A new key from this body (a unique name is added unless it names one). */
    public static Keys create(Map<String, Object> body) {
        Map<String, Object> sent = new HashMap<>(body);
        sent.putIfAbsent("name", "Test key " + unique());
        var created = admin().body(sent).post("/v1/keys").then().statusCode(201).extract();
        return new Keys(created.path("id"), created.path("name"), created.path("secret"));
    }

    /** A request sending this key. */
    public RequestSpecification request() {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }
}
