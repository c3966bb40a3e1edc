package dev.lede.entity;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Status.CREATED;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates entities through the API, for the tests of entities and of the features that refer to them. */
public final class EntityFixtures {
    private EntityFixtures() {
    }

    /** Creates an entity; extra members (parent, countryCode, sameAs) come in pairs of name and value. */
    public static ExtractableResponse<Response> createEntity(String name, String kind, List<String> aliases, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind, "aliases", aliases));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return admin().body(body).when().post("/v1/entities").then().statusCode(CREATED).extract();
    }
}
