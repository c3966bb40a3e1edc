package dev.lede.platform.ratelimit;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;

import java.util.List;
import java.util.Map;

/** Stored API keys made through POST /v1/keys for one test, so that the test owns the key and the key's bucket. */
final class TestKeys {
    /** A key's name (its principal, which names its bucket) and the secret a request sends. */
    record Key(String name, String secret) {
        String bearer() {
            return "Bearer " + secret;
        }
    }

    private TestKeys() {
    }

    static Key create(String... scopes) {
        String name = "rate-" + unique();
        String secret = admin().body(Map.of("name", name, "scopes", List.of(scopes))).post("/v1/keys")
                .then().statusCode(201).extract().path("secret");
        return new Key(name, secret);
    }
}
