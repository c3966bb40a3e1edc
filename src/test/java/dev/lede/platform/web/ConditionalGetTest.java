package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_MODIFIED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** If-None-Match: 304 without a body while nothing changed, 200 with a new ETag once it has. */
@QuarkusTest
class ConditionalGetTest {

    @Test
    void notModifiedUntilChanged() {
        String id = admin().body(Map.of("name", "Cond " + unique(), "kind", "publisher")).post("/v1/sources")
                .then().statusCode(CREATED).extract().path("id");
        String path = "/v1/sources/" + id;
        String etag = anonymous().get(path).then().statusCode(OK).header("ETag", matchesPattern("\"v0-[0-9a-f]+\""))
                .extract().header("ETag");

        ExtractableResponse<Response> notModified = anonymous().header("If-None-Match", etag).get(path).then()
                .statusCode(NOT_MODIFIED).header("ETag", equalTo(etag)).extract();
        assertThat(notModified.asByteArray()).isEmpty();
        // A list of tags containing the current one matches too.
        anonymous().header("If-None-Match", "\"other\", " + etag).get(path).then().statusCode(NOT_MODIFIED);
        anonymous().header("If-None-Match", "\"v0-000000000000\"").get(path).then().statusCode(OK);

        String renamed = "Cond renamed " + unique();
        admin().header("If-Match", etag).body(Map.of("name", renamed, "kind", "publisher")).put(path).then().statusCode(OK);

        String newEtag = anonymous().header("If-None-Match", etag).get(path).then().statusCode(OK)
                .body("name", equalTo(renamed)).header("ETag", matchesPattern("\"v1-[0-9a-f]+\"")).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        anonymous().header("If-None-Match", newEtag).get(path).then().statusCode(NOT_MODIFIED).header("ETag", equalTo(newEtag));
    }

    @Test
    void listsAnswer304Too() {
        String tag = "condlist" + unique();
        admin().body(Map.of("name", tag, "kind", "other")).post("/v1/sources").then().statusCode(CREATED);
        String etag = anonymous().queryParam("q", tag).get("/v1/sources").then().statusCode(OK).extract().header("ETag");
        assertThat(etag).isNotBlank();
        anonymous().queryParam("q", tag).header("If-None-Match", etag).get("/v1/sources").then().statusCode(NOT_MODIFIED);
        admin().body(Map.of("name", tag + " two", "kind", "other")).post("/v1/sources").then().statusCode(CREATED);
        anonymous().queryParam("q", tag).header("If-None-Match", etag).get("/v1/sources").then().statusCode(OK);
    }
}
