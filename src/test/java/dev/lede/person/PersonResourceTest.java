package dev.lede.person;

import static dev.lede.entity.EntityFixtures.createEntity;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.refusesParameter;
import static dev.lede.support.Api.unique;
import static dev.lede.support.CatalogLists.assertDoNotGrowWithTheLimit;
import static dev.lede.support.CatalogLists.assertPagesWithCursorsLinksAndTotal;
import static dev.lede.support.CatalogMembers.servedAtLocation;
import static dev.lede.support.CatalogMembers.servedBySlugWith304;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CONFLICT;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    SessionFactory sessionFactory;

    /** Creates a person; extra members (description, affiliations, sameAs) come in pairs of name and value. */
    static ExtractableResponse<Response> createPerson(String name, List<String> aliases, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "aliases", aliases));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return admin().body(body).when().post("/v1/people").then().statusCode(CREATED).extract();
    }

    private static Map<String, Object> affiliation(String entity, String title) {
        return Map.of("entity", entity, "title", title);
    }

    @Test
    void shouldCreateAPersonWithAffiliationsLocationAndETag() {
        ExtractableResponse<Response> entity = createEntity("White House " + unique(), "government_body", List.of());
        String entitySlug = entity.path("slug");
        String name = "John Kirby " + unique();
        ExtractableResponse<Response> created = createPerson(name, List.of("Kirby"),
                "description", "NSC spokesperson",
                "affiliations", List.of(affiliation(entitySlug, "Spokesperson")),
                "sameAs", List.of("http://www.wikidata.org/entity/Q6250239"));
        servedAtLocation(created, "/v1/people")
                .body("name", equalTo(name))
                .body("slug", startsWith("john-kirby-"))
                .body("aliases", contains("Kirby"))
                .body("description", equalTo("NSC spokesperson"))
                .body("affiliations", hasSize(1))
                .body("affiliations[0].entity.id", equalTo(entity.path("id")))
                .body("affiliations[0].entity.slug", equalTo(entitySlug))
                .body("affiliations[0].entity.kind", equalTo("government_body"))
                .body("affiliations[0].title", equalTo("Spokesperson"))
                .body("sameAs", contains("http://www.wikidata.org/entity/Q6250239"));
    }

    @Test
    void shouldOmitAnUnknownDescriptionAndResolveBySlugWith304() {
        String slug = createPerson("Plain Person " + unique(), List.of()).path("slug");
        servedBySlugWith304("/v1/people", slug)
                .body("$", not(hasKey("description")))
                .body("affiliations", empty()).body("sameAs", empty());
    }

    @Test
    void shouldKeepAffiliationsThroughAPatchThatDoesNotMentionThem() {
        String entity = createEntity("Pentagon " + unique(), "government_body", List.of()).path("slug");
        ExtractableResponse<Response> created = createPerson("Patched " + unique(), List.of(),
                "affiliations", List.of(affiliation(entity, "Press Secretary")));
        admin().header("If-Match", created.header("ETag")).contentType(MERGE_PATCH)
                .body(Map.of("description", "Former press secretary")).patch("/v1/people/{idOrSlug}", (String) created.path("id"))
                .then().statusCode(OK)
                .body("description", equalTo("Former press secretary"))
                .body("affiliations[0].entity.slug", equalTo(entity))
                .body("affiliations[0].title", equalTo("Press Secretary"));
    }

    @Test
    void shouldCheckAPatchsIfMatchBeforeItsContentAndStoreNothingWhenTheResultIsInvalid() {
        ExtractableResponse<Response> created = createPerson("Patched Person " + unique(), List.of());
        String id = created.path("id");
        String etag = created.header("ETag");
        admin().header("If-Match", etag).contentType(MERGE_PATCH).body(Map.of("description", "first change"))
                .patch("/v1/people/{idOrSlug}", id).then().statusCode(OK).body("version", equalTo(1));
        // RFC 9110 13.2.1: preconditions are evaluated before the request content is processed.
        admin().header("If-Match", etag).contentType(MERGE_PATCH).body(Map.of("name", ""))
                .patch("/v1/people/{idOrSlug}", id).then().statusCode(PRECONDITION_FAILED).body("errors.field", contains("If-Match"));
        String current = anonymous().get("/v1/people/{idOrSlug}", id).then().statusCode(OK).extract().header("ETag");
        admin().header("If-Match", current).contentType(MERGE_PATCH).body(Map.of("name", "", "description", "second"))
                .patch("/v1/people/{idOrSlug}", id).then().statusCode(BAD_REQUEST).body("errors.field", contains("name"));
        anonymous().get("/v1/people/{idOrSlug}", id).then().statusCode(OK)
                .body("version", equalTo(1)).body("description", equalTo("first change"));
        // As for PUT and DELETE, If-Match is required before the target is even looked up.
        admin().contentType(MERGE_PATCH).body(Map.of("description", "x")).patch("/v1/people/nobody-" + unique())
                .then().statusCode(PRECONDITION_REQUIRED).body("errors.field", contains("If-Match"));
    }

    @Test
    void shouldNameEveryInvalidFieldIncludingNestedAffiliations() {
        admin().body(Map.of("name", " ", "sameAs", List.of("wikidata Q1"), "description", "d".repeat(1001),
                        "affiliations", List.of(Map.of("entity", " ", "title", "t".repeat(301)))))
                .post("/v1/people").then().statusCode(BAD_REQUEST)
                .contentType("application/problem+json")
                .body("errors.field", contains("affiliations[0].entity", "affiliations[0].title", "description",
                        "name", "sameAs[0]"));
        admin().body(Map.of("name", "Many", "aliases", Collections.nCopies(51, "a"))).post("/v1/people").then()
                .statusCode(BAD_REQUEST).body("errors.field", contains("aliases"));
        admin().body(Map.of("name", "X", "affiliations", List.of(Map.of("entity", "e", "role", "r")))).post("/v1/people")
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("affiliations[0].role"));
    }

    @Test
    void shouldRefuseAnAffiliationToAnUnknownEntityNamingIt() {
        String known = createEntity("Known " + unique(), "organization", List.of()).path("slug");
        admin().body(Map.of("name", "Affiliated " + unique(), "affiliations",
                        List.of(affiliation(known, "Member"), affiliation("no-such-entity-" + unique(), "Chair"))))
                .post("/v1/people").then().statusCode(BAD_REQUEST)
                .body("errors.field", contains("affiliations[1].entity"))
                .body("errors[0].message", containsString("no entity"));
    }

    @Test
    void shouldRefuseKindAndOtherUnknownParameters() {
        refusesParameter("/v1/people", "kind", "country");
        refusesParameter("/v1/people", "sort", "kind");
    }

    @Test
    void shouldFindByANameOrAliasPrefixCaseInsensitively() {
        String tag = unique();
        createPerson("Kir" + tag + " Alpha", List.of());
        createPerson("John Smith " + tag, List.of("kir" + tag + "by"));
        createPerson("Nobody " + tag, List.of("Other " + tag));
        anonymous().queryParam("q", "KIR" + tag).get("/v1/people").then().statusCode(OK)
                .body("data.name", contains("John Smith " + tag, "Kir" + tag + " Alpha"));
        anonymous().queryParam("q", "k%" + tag).get("/v1/people").then().statusCode(OK).body("data", empty());
    }

    @Test
    void shouldPageWithCursorsLinksAndTotal() {
        assertPagesWithCursorsLinksAndTotal("/v1/people", name -> createPerson(name, List.of()));
    }

    @Test
    void shouldReturnOnlyTheRequestedFields() {
        String tag = "fp" + unique();
        String slug = createPerson(tag + " Fields", List.of("F")).path("slug");
        anonymous().queryParam("fields", "name").get("/v1/people/{idOrSlug}", slug).then().statusCode(OK)
                .body("id", notNullValue()).body("name", notNullValue())
                .body("slug", nullValue()).body("aliases", nullValue());
        anonymous().queryParam("q", tag).queryParam("fields", "slug,aliases").get("/v1/people").then().statusCode(OK)
                .body("data[0].slug", equalTo(slug)).body("data[0].aliases", contains("F"))
                .body("data[0].name", nullValue());
    }

    @Test
    void shouldDeleteAnUnreferencedPerson() {
        ExtractableResponse<Response> created = createPerson("Doomed Person " + unique(), List.of());
        String id = created.path("id");
        admin().header("If-Match", "\"v7-abc\"").delete("/v1/people/{idOrSlug}", id).then().statusCode(PRECONDITION_FAILED);
        admin().header("If-Match", created.header("ETag")).delete("/v1/people/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/people/{idOrSlug}", id).then().statusCode(NOT_FOUND).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseATakenSlugOnPatchAndABadForceFlagOnDelete() {
        String taken = createPerson("Taken " + unique(), List.of()).path("slug");
        String id = createPerson("Taker " + unique(), List.of()).path("id");
        admin().header("If-Match", "*").contentType(MERGE_PATCH).body(Map.of("slug", taken))
                .patch("/v1/people/{idOrSlug}", id).then().statusCode(CONFLICT).body("errors.field", contains("slug"));
        admin().header("If-Match", "*").queryParam("force", "maybe").delete("/v1/people/{idOrSlug}", id).then().statusCode(BAD_REQUEST)
                .body("errors.field", contains("force"));
        anonymous().get("/v1/people/{idOrSlug}", id).then().statusCode(OK).body("version", equalTo(0));
    }

    @Test
    void shouldListWithAStatementCountThatDoesNotGrowWithTheLimit() {
        String tag = "sc" + unique();
        String first = createEntity(tag + " Agency", "agency", List.of()).path("id");
        String second = createEntity(tag + " Party", "political_party", List.of()).path("id");
        for (int i = 0; i < 31; i++) {
            createPerson(String.format("%s person %02d", tag, i), List.of("A" + i, "B" + i),
                    "sameAs", List.of("http://www.wikidata.org/entity/Q" + i),
                    "affiliations", List.of(affiliation(first, "Director"), affiliation(second, "Member")));
        }
        assertDoNotGrowWithTheLimit(sessionFactory, "/v1/people", tag, 30, new ResponseSpecBuilder()
                .expectBody("data[1].aliases", hasSize(2))
                .expectBody("data[1].sameAs", hasSize(1))
                .expectBody("data[1].affiliations.entity.kind", contains("agency", "political_party")));
    }
}
