package dev.lede.platform.web;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Checks that a response is an RFC 9457 problem with every member a client relies on. */
final class ProblemAssertions {
    private ProblemAssertions() {
    }

    static ValidatableResponse problem(ValidatableResponse response, int status, String path) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", startsWith("https://lede.dev/problems/"))
                .body("title", not(emptyOrNullString()))
                .body("status", equalTo(status))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(path));
    }

    /** A 400 whose errors name the field. */
    static ValidatableResponse badField(ValidatableResponse response, String path, String field) {
        return problem(response, 400, path).body("errors.field", hasItem(field));
    }
}
