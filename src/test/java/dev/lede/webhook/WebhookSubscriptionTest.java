package dev.lede.webhook;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.lede.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subscriptions through HTTP: what is stored and shown, the secret shown once, every bad member a 400 naming it. */
@QuarkusTest
class WebhookSubscriptionTest {
    private static final String GIVEN_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void shouldStoreASubscriptionAndShowItsSecretOnlyOnce() {
        try (Hooks hooks = new Hooks()) {
            String tag = "sub-" + unique();
            JsonPath created = hooks.subscribe("http://127.0.0.1:9/hooks", Map.of("tag", tag, "section", "world",
                    "ops", List.of("published", "killed"), "types", List.of("article", "quote")));
            String id = created.getString("id");
            assertThat(created.getString("secret")).matches("whsec_[A-Za-z0-9+/]{43}=");
            assertThat(created.getString("status")).isEqualTo("active");

            JsonPath read = Hooks.get(id);
            assertThat(read.getString("secret")).isNull();
            assertThat(read.getList("types")).containsExactly("article", "quote");
            assertThat(read.getList("ops")).containsExactly("published", "killed");
            assertThat(read.getString("tag")).isEqualTo(tag);
            assertThat(read.getString("cursor")).isEqualTo(created.getString("cursor"));
            assertThat(admin().queryParam("limit", 100).get("/v1/webhooks").then().statusCode(200).extract()
                    .jsonPath().getList("data.id")).contains(id);

            admin().body(Map.of("section", "", "ops", List.of("corrected"))).patch("/v1/webhooks/{id}", id).then()
                    .statusCode(200).body("section", nullValue()).body("ops", equalTo(List.of("corrected")))
                    .body("tag", equalTo(tag)).body("secret", nullValue());
            admin().delete("/v1/webhooks/{id}", id).then().statusCode(204);
            admin().get("/v1/webhooks/{id}", id).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void shouldStoreANarrowingAsTheIdOfWhatItNames() {
        try (Hooks hooks = new Hooks()) {
            String slug = Fixtures.person("Hook Named " + unique());
            String person = admin().get("/v1/people/{idOrSlug}", slug).then().statusCode(200).extract().path("id");
            String id = hooks.subscribe("http://127.0.0.1:9/h", Map.of("person", slug)).getString("id");
            // the filter compares ids, which no rename or slug change alters; the slug was resolved once
            assertThat(Hooks.get(id).getString("person")).isEqualTo(person);
            admin().body(Map.of("person", "")).patch("/v1/webhooks/{id}", id).then().statusCode(200).body("person", nullValue());
        }
    }

    @Test
    void shouldKeepAGivenSecretWithoutEverEchoingABadOne() {
        try (Hooks hooks = new Hooks()) {
            assertThat(hooks.subscribe("http://127.0.0.1:9/h", Map.of("secret", GIVEN_SECRET)).getString("secret"))
                    .isEqualTo(GIVEN_SECRET);
            String bad = "whsec_c2hvcnQ=";
            String problem = admin().body(body(Map.of("secret", bad))).post("/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("secret")).extract().asString();
            assertThat(problem).doesNotContain(bad).doesNotContain("c2hvcnQ");
        }
    }

    @Test
    void shouldRefuseEachBadMemberNamingIt() {
        refused(Map.of("url", "ftp://example.org/x"), "url");
        refused(Map.of("url", "not a url at all"), "url");
        refused(Map.of("url", "http://user:pw@127.0.0.1/x"), "url");
        refused(Map.of("url", "http://no-such-host.invalid/x"), "url");
        refused(Map.of("types", List.of()), "types");
        refused(Map.of("types", List.of("story")), "types");
        refused(Map.of("ops", List.of("exploded")), "ops");
        refused(Map.of("types", List.of("person"), "entity", Fixtures.entity("Hook Ministry " + unique(), "government_body")), "types");
        refused(Map.of("person", "no-such-person-" + unique()), "person");
        refused(Map.of("source", "no-such-source-" + unique()), "source");
        refused(Map.of("tag", "x".repeat(201)), "tag");
        admin().body(Map.of("secret", GIVEN_SECRET)).patch("/v1/webhooks/{id}", "01938f7e-6a2b-7c3d-8e4f-5a6b7c8d9e0f")
                .then().statusCode(400).body("errors[0].field", equalTo("secret"));
        admin().body("{\"url\": \"http://127.0.0.1/x\", \"types\": [\"article\"], \"ops\": [\"published\"], \"colour\": 1}")
                .post("/v1/webhooks").then().statusCode(400).contentType("application/problem+json");
        admin().queryParam("limit", "0").get("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        admin().queryParam("cursor", "nope").get("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldAnswerUnknownSubscriptionsAndPositionsWithProblems() {
        try (Hooks hooks = new Hooks()) {
            String id = hooks.subscribe("http://127.0.0.1:9/h", Map.of()).getString("id");
            admin().post("/v1/webhooks/{id}/replay", id).then().statusCode(400).body("errors[0].field", equalTo("since"));
            admin().queryParam("since", "bad").post("/v1/webhooks/{id}/replay", id).then().statusCode(400)
                    .body("errors[0].field", equalTo("since"));
            admin().queryParam("since", "YzE6OTk5OTk5OTk5").post("/v1/webhooks/{id}/replay", id).then().statusCode(400)
                    .body("detail", containsString("past the head"));
            admin().post("/v1/webhooks/{id}/deliveries/{d}/retry", id, "01938f7e-6a2b-7c3d-8e4f-5a6b7c8d9e0f").then()
                    .statusCode(404);
            admin().get("/v1/webhooks/{id}/deliveries", "01938f7e-6a2b-7c3d-8e4f-5a6b7c8d9e0f").then().statusCode(404);
            admin().post("/v1/webhooks/{id}/rotate-secret", "missing").then().statusCode(404);
            admin().delete("/v1/webhooks/{id}", "missing").then().statusCode(404);
        }
    }

    @Test
    void shouldRefuseCallersWithoutTheAdminKey() {
        anonymous().get("/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
        anonymous().body(body(Map.of())).post("/v1/webhooks").then().statusCode(401).body("detail", not(containsString("whsec")));
    }

    @Test
    void shouldPageTheList() {
        try (Hooks hooks = new Hooks()) {
            for (int i = 0; i < 3; i++) {
                hooks.subscribe("http://127.0.0.1:9/page" + i, Map.of());
            }
            JsonPath first = admin().queryParam("limit", 2).get("/v1/webhooks").then().statusCode(200).extract().jsonPath();
            assertThat(first.getList("data")).hasSize(2);
            String next = first.getString("meta.nextCursor");
            JsonPath second = admin().queryParam("limit", 2).queryParam("cursor", next).get("/v1/webhooks").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(second.getList("data.id")).doesNotContainAnyElementsOf(first.getList("data.id"));
        }
    }

    private static void refused(Map<String, Object> member, String field) {
        admin().body(body(member)).post("/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> body(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("url", "http://127.0.0.1:9/h", "types", List.of("article"),
                "ops", List.of("published")));
        body.putAll(extra);
        return body;
    }
}
