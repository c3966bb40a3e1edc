package dev.lede.platform.web;

import static dev.lede.platform.security.RefusalAssertions.NOT_VALID;
import static dev.lede.platform.security.RefusalAssertions.USE_BEARER;
import static dev.lede.platform.security.RefusalAssertions.assertForbidden;
import static dev.lede.platform.security.RefusalAssertions.assertUnauthorized;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no admin key configured, writes are refused with 403 (not 401: no key could succeed), reads work. */
@QuarkusTest
@TestProfile(NoAdminKeyProfile.class)
class WritesDisabledTest {
    static final String SOURCES = "/v1/sources";
    static final String DISABLED = "writes are disabled: this server has no admin key configured (LEDE_ADMIN_KEY)";

    @Test
    void writesAre403WithOrWithoutAKey() {
        String name = "Disabled " + unique();
        Map<String, Object> body = Map.of("name", name, "kind", "publisher");
        assertForbidden(anonymous().body(body).post(SOURCES), SOURCES, DISABLED);
        assertForbidden(anonymous().header("Authorization", "Bearer " + TEST_KEY).body(body).post(SOURCES), SOURCES, DISABLED);
        assertForbidden(anonymous().header("Authorization", "Bearer anything").header("If-Match", "*")
                .delete(SOURCES + "/whatever"), SOURCES + "/whatever", DISABLED);
        anonymous().queryParam("q", name).get(SOURCES).then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void aCredentialThatCannotBeAKeyIsStill401() {
        assertUnauthorized(anonymous().header("Authorization", "Basic " + TEST_KEY).body(Map.of("name", "B", "kind", "publisher"))
                .post(SOURCES), SOURCES, USE_BEARER);
        assertUnauthorized(anonymous().header("Authorization", "Bearer " + TEST_KEY).get(SOURCES), SOURCES,
                NOT_VALID);
        assertUnauthorized(anonymous().get("/v1/export"), "/v1/export", "an API key is required to export the content");
    }

    @Test
    void anonymousReadsStillWork() {
        anonymous().get(SOURCES).then().statusCode(200);
    }
}
