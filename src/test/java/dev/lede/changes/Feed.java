package dev.lede.changes;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads the change feed through HTTP the way a partner does: page after page from a cursor until the head. */
final class Feed {
    /** An event as read, with the position after it. */
    record Event(long seq, String cursor, String type, String op, String id, String slug, long version) {
        static Event of(Map<String, Object> json) {
            return new Event(((Number) json.get("seq")).longValue(), (String) json.get("cursor"), (String) json.get("type"),
                    (String) json.get("op"), (String) json.get("id"), (String) json.get("slug"),
                    ((Number) json.get("version")).longValue());
        }
    }

    /** What a full read found, and the cursor to resume from. */
    record Read(List<Event> events, String next) {
    }

    private Feed() {
    }

    static Supplier<RequestSpecification> as(boolean admin) {
        return admin ? () -> admin() : () -> anonymous();
    }

    /** The head of the log as a cursor (since=now). */
    static String now() {
        return anonymous().queryParam("since", "now").get("/v1/changes").then().statusCode(200)
                .extract().path("meta.nextCursor");
    }

    static JsonPath page(Supplier<RequestSpecification> caller, String since, int limit, String types) {
        RequestSpecification request = caller.get().queryParam("limit", limit);
        if (since != null) {
            request.queryParam("since", since);
        }
        if (types != null) {
            request.queryParam("types", types);
        }
        return request.get("/v1/changes").then().statusCode(200).extract().jsonPath();
    }

    /** Every event after {@code since} up to the head, in pages of {@code limit}. */
    static Read all(Supplier<RequestSpecification> caller, String since, int limit, String types) {
        List<Event> events = new ArrayList<>();
        String cursor = since;
        while (true) {
            JsonPath page = page(caller, cursor, limit, types);
            List<Map<String, Object>> data = page.getList("data");
            data.forEach(event -> events.add(Event.of(event)));
            cursor = page.getString("meta.nextCursor");
            if (data.size() < limit) {
                return new Read(events, cursor);
            }
        }
    }

    /** The events of these resources only (others' tests may write meanwhile). */
    static List<Event> about(List<Event> events, List<String> ids) {
        return events.stream().filter(event -> ids.contains(event.id())).toList();
    }
}
