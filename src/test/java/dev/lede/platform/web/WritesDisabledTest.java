package dev.lede.platform.web;

import static dev.lede.platform.web.ProblemAssertions.problem;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no admin key configured, writes are refused with 403 (not 401: no key could succeed), reads work. */
@QuarkusTest
@TestProfile(NoAdminKeyProfile.class)
class WritesDisabledTest {

    @Test
    void writesAre403WithOrWithoutAKey() {
        String name = "Disabled " + unique();
        Map<String, Object> body = Map.of("name", name, "kind", "publisher");
        problem(anonymous().body(body).post("/v1/sources").then(), 403, "/v1/sources")
                .body("detail", startsWith("writes are disabled"));
        problem(anonymous().header("Authorization", "Bearer " + TEST_KEY).body(body).post("/v1/sources").then(),
                403, "/v1/sources")
                .body("detail", startsWith("writes are disabled"))
                .body(not(containsString(TEST_KEY)));
        problem(anonymous().header("Authorization", "Bearer anything").header("If-Match", "*")
                .delete("/v1/sources/whatever").then(), 403, "/v1/sources/whatever");
        anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void anonymousReadsStillWork() {
        anonymous().get("/v1/sources").then().statusCode(200);
    }
}
