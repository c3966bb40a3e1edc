package dev.lede.source;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.refusesParameter;
import static dev.lede.support.Api.unique;
import static dev.lede.support.CatalogLists.assertPagesWithCursorsLinksAndTotal;
import static dev.lede.support.CatalogMembers.servedAtLocation;
import static dev.lede.support.CatalogMembers.servedBySlugWith304;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    static ExtractableResponse<Response> createSource(String name, String kind, String... aliases) {
        return admin().body(Map.of("name", name, "kind", kind, "aliases", aliases))
                .when().post("/v1/sources").then().statusCode(CREATED).extract();
    }

    @Test
    void shouldCreateASourceWithAGeneratedSlugAndLocation() {
        String name = "Agence France Presse " + unique();
        ExtractableResponse<Response> created = createSource(name, "wire_agency", "AFP");
        servedAtLocation(created, "/v1/sources")
                .body("name", equalTo(name))
                .body("slug", startsWith("agence-france-presse-"))
                .body("kind", equalTo("wire_agency"))
                .body("aliases", contains("AFP"));
    }

    @Test
    void shouldResolveBySlugAndAnswer304ForAMatchingETag() {
        servedBySlugWith304("/v1/sources", createSource("Slug Source " + unique(), "publisher").path("slug"));
    }

    @Test
    void shouldNameEveryInvalidFieldInAProblem() {
        admin().body(Map.of("name", " ", "kind", "publisher", "country", "Brazil", "url", "ftp://x"))
                .post("/v1/sources").then().statusCode(BAD_REQUEST)
                .contentType("application/problem+json")
                .body("errors.field", contains("country", "name", "url"))
                .body("instance", equalTo("/v1/sources"));
    }

    @Test
    void shouldExplainAWrongEnumValueAndAnUnknownField() {
        admin().body(Map.of("name", "X", "kind", "newspaper")).post("/v1/sources").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("publisher"));
        admin().body(Map.of("name", "X", "kind", "publisher", "colour", "red")).post("/v1/sources").then()
                .statusCode(BAD_REQUEST).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void shouldRefuseMalformedJson() {
        admin().body("{\"name\": ").post("/v1/sources").then().statusCode(BAD_REQUEST)
                .contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
    }

    @Test
    void shouldRefuseWritesWithoutAValidKey() {
        anonymous().body(Map.of("name", "X", "kind", "publisher")).post("/v1/sources").then().statusCode(UNAUTHORIZED)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        anonymous().header("Authorization", "Bearer wrong").body(Map.of("name", "X", "kind", "publisher"))
                .post("/v1/sources").then().statusCode(UNAUTHORIZED);
    }

    @Test
    void shouldFilterByKindAndNameOrAliasPrefix() {
        String tag = unique();
        createSource("Zeta Wire " + tag, "wire_agency", "ZW" + tag);
        createSource("Zeta Paper " + tag, "publisher");
        anonymous().queryParam("q", "zeta").queryParam("kind", "wire_agency").queryParam("limit", 100)
                .get("/v1/sources").then().statusCode(OK)
                .body("data.kind", everyItem(equalTo("wire_agency")))
                .body("data.name", hasItem("Zeta Wire " + tag))
                .body("data.name", not(hasItem("Zeta Paper " + tag)));
        anonymous().queryParam("q", "zw" + tag).get("/v1/sources").then().statusCode(OK)
                .body("data.name", contains("Zeta Wire " + tag));
    }

    @Test
    void shouldPageWithCursorsAndLinks() {
        assertPagesWithCursorsLinksAndTotal("/v1/sources", name -> createSource(name, "other"));
    }

    @Test
    void shouldRefuseBadListParameters() {
        anonymous().queryParam("limit", 101).get("/v1/sources").then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("limit"));
        refusesParameter("/v1/sources", "limit", "ten");
        refusesParameter("/v1/sources", "cursor", "garbage!");
        refusesParameter("/v1/sources", "sort", "colour");
        refusesParameter("/v1/sources", "fields", "colour");
        refusesParameter("/v1/sources", "colour", "red");
    }

    @Test
    void shouldReturnOnlyTheRequestedFields() {
        String slug = createSource("Fields " + unique(), "publisher").path("slug");
        anonymous().queryParam("fields", "name").get("/v1/sources/{idOrSlug}", slug).then().statusCode(OK)
                .body("name", notNullValue()).body("id", notNullValue()).body("kind", nullValue()).body("slug", nullValue());
    }

    @Test
    void shouldDeleteAnUnreferencedSource() {
        ExtractableResponse<Response> created = createSource("Doomed " + unique(), "other");
        String id = created.path("id");
        admin().header("If-Match", "*").delete("/v1/sources/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/sources/{idOrSlug}", id).then().statusCode(NOT_FOUND).contentType("application/problem+json");
    }
}
