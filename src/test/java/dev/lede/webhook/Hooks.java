package dev.lede.webhook;

import static dev.lede.support.Api.admin;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Subscriptions a test makes through the API, deleted when it ends (so none holds the change log or keeps polling). */
final class Hooks implements AutoCloseable {
    private final List<String> made = new ArrayList<>();

    /** POST /v1/webhooks for article publications (and what {@code extra} adds or overrides); the 201's body. */
    JsonPath subscribe(String url, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("types", List.of("article"));
        body.put("ops", List.of("published"));
        body.putAll(extra);
        JsonPath created = admin().body(body).post("/v1/webhooks").then().statusCode(201).extract().jsonPath();
        made.add(created.getString("id"));
        return created;
    }

    static JsonPath get(String id) {
        return admin().get("/v1/webhooks/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath deliveries(String id) {
        return admin().queryParam("limit", 100).get("/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                .extract().jsonPath();
    }

    @Override
    public void close() {
        for (String id : made) {
            admin().delete("/v1/webhooks/{id}", id);
        }
    }

    static Map<String, Object> tagged(String tag) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("tags", List.of(tag));
        return extra;
    }
}
