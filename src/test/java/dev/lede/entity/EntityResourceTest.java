package dev.lede.entity;

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
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntityResourceTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    SessionFactory sessionFactory;

    /** Creates an entity named {@code name} and a unique suffix under {@code parent} (id or slug); answers its {@code field}. */
    private static String createChild(String name, String kind, String parent, String field) {
        return createEntity(name + " " + unique(), kind, List.of(), "parent", parent).path(field);
    }

    @Test
    void shouldCreateAnEntityWithLocationAndETag() {
        String name = "Russia " + unique();
        ExtractableResponse<Response> created = createEntity(name, "country", List.of("Moscow", "Kremlin"),
                "countryCode", "RU", "sameAs", List.of("http://www.wikidata.org/entity/Q159"));
        servedAtLocation(created, "/v1/entities")
                .body("name", equalTo(name))
                .body("slug", startsWith("russia-"))
                .body("kind", equalTo("country"))
                .body("aliases", contains("Moscow", "Kremlin"))
                .body("countryCode", equalTo("RU"))
                .body("sameAs", contains("http://www.wikidata.org/entity/Q159"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("parent")));
    }

    @Test
    void shouldEmbedTheParentAsARefAndResolveBySlugWith304() {
        ExtractableResponse<Response> parent = createEntity("Parent State " + unique(), "country", List.of());
        String parentSlug = parent.path("slug");
        String slug = createChild("Ministry", "government_body", parentSlug, "slug");
        servedBySlugWith304("/v1/entities", slug)
                .body("parent.id", equalTo(parent.path("id")))
                .body("parent.slug", equalTo(parentSlug))
                .body("parent.kind", equalTo("country"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        admin().body(Map.of("name", " ", "kind", "country", "countryCode", "Russia",
                        "sameAs", List.of("not a uri"), "aliases", List.of("x".repeat(301))))
                .post("/v1/entities").then().statusCode(BAD_REQUEST)
                .contentType("application/problem+json")
                .body("errors.field", contains("aliases[0]", "countryCode", "name", "sameAs[0]"));
    }

    @Test
    void shouldRefuseOversizedListsAndValuesWith400() {
        admin().body(Map.of("name", "Big", "kind", "other", "aliases", java.util.Collections.nCopies(51, "a")))
                .post("/v1/entities").then().statusCode(BAD_REQUEST).body("errors.field", contains("aliases"));
        admin().body(Map.of("name", "n".repeat(301), "kind", "other")).post("/v1/entities").then().statusCode(BAD_REQUEST)
                .body("errors.field", contains("name"));
    }

    @Test
    void shouldRefuseAnUnknownParentNamingTheField() {
        admin().body(Map.of("name", "Orphan", "kind", "agency", "parent", "no-such-entity-" + unique()))
                .post("/v1/entities").then().statusCode(BAD_REQUEST)
                .body("errors.field", contains("parent"))
                .body("errors[0].message", containsString("no entity"));
    }

    @Test
    void shouldRefuseAParentThatIsItselfOrADescendant() {
        String topId = createEntity("Top " + unique(), "country", List.of()).path("id");
        String middle = createChild("Middle", "government_body", topId, "id");
        String bottom = createChild("Bottom", "agency", middle, "slug");
        admin().header("If-Match", "*").contentType(MERGE_PATCH).body(Map.of("parent", topId))
                .patch("/v1/entities/{idOrSlug}", topId).then().statusCode(BAD_REQUEST)
                .body("errors.field", contains("parent")).body("errors[0].message", containsString("own parent"));
        admin().header("If-Match", "*").contentType(MERGE_PATCH).body(Map.of("parent", bottom))
                .patch("/v1/entities/{idOrSlug}", topId).then().statusCode(BAD_REQUEST)
                .body("errors.field", contains("parent")).body("errors[0].message", containsString("descendants"));
        anonymous().get("/v1/entities/{idOrSlug}", topId).then().statusCode(OK).body("version", equalTo(0))
                .body("parent", nullValue());
    }

    @Test
    void shouldExplainAWrongEnumValue() {
        admin().body(Map.of("name", "X", "kind", "planet")).post("/v1/entities").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("government_body"));
        refusesParameter("/v1/entities", "kind", "planet");
    }

    @Test
    void shouldFilterByKindAndByANameOrAliasPrefixCaseInsensitively() {
        String tag = unique();
        createEntity("Ru" + tag + " Federation", "country", List.of());
        createEntity("Kremlin Press Office " + tag, "government_body", List.of("RU" + tag + " press"));
        createEntity("Ru" + tag + " Ministry", "government_body", List.of());
        createEntity("Unrelated " + tag, "country", List.of("Other " + tag));
        anonymous().queryParam("q", "ru" + tag).get("/v1/entities").then().statusCode(OK)
                .body("data.name", contains("Kremlin Press Office " + tag, "Ru" + tag + " Federation", "Ru" + tag + " Ministry"));
        anonymous().queryParam("q", "RU" + tag).queryParam("kind", "government_body").get("/v1/entities").then()
                .statusCode(OK)
                .body("data.kind", everyItem(equalTo("government_body")))
                .body("data.name", contains("Kremlin Press Office " + tag, "Ru" + tag + " Ministry"));
        anonymous().queryParam("q", "r_" + tag).get("/v1/entities").then().statusCode(OK).body("data", empty());
    }

    @Test
    void shouldPageWithCursorsLinksAndTotal() {
        assertPagesWithCursorsLinksAndTotal("/v1/entities", name -> createEntity(name, "place", List.of()));
    }

    @Test
    void shouldReturnOnlyTheRequestedFields() {
        String slug = createEntity("Fields Entity " + unique(), "company", List.of("FE")).path("slug");
        anonymous().queryParam("fields", "name,kind").get("/v1/entities/{idOrSlug}", slug).then().statusCode(OK)
                .body("id", notNullValue()).body("name", notNullValue()).body("kind", equalTo("company"))
                .body("slug", nullValue()).body("aliases", nullValue());
        anonymous().queryParam("fields", "colour").get("/v1/entities/{idOrSlug}", slug).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void shouldDeleteAnUnreferencedEntity() {
        String id = createEntity("Doomed Entity " + unique(), "other", List.of()).path("id");
        admin().delete("/v1/entities/{idOrSlug}", id).then().statusCode(PRECONDITION_REQUIRED);
        admin().header("If-Match", "*").delete("/v1/entities/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/entities/{idOrSlug}", id).then().statusCode(NOT_FOUND).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseToDeleteAnEntityWithAnAffiliatedPersonUnlessForced() {
        String entity = createEntity("Employer " + unique(), "organization", List.of()).path("id");
        ExtractableResponse<Response> person = admin()
                .body(Map.of("name", "Employee " + unique(), "affiliations", List.of(Map.of("entity", entity, "title", "Clerk"))))
                .post("/v1/people").then().statusCode(CREATED).extract();
        String personId = person.path("id");
        admin().header("If-Match", "*").delete("/v1/entities/{idOrSlug}", entity).then().statusCode(CONFLICT)
                .contentType("application/problem+json")
                .body("references.people", equalTo(1))
                .body("detail", containsString("force=true"));
        anonymous().get("/v1/people/{idOrSlug}", personId).then().statusCode(OK).body("affiliations", hasSize(1));
        admin().header("If-Match", "*").queryParam("force", true).delete("/v1/entities/{idOrSlug}", entity).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/entities/{idOrSlug}", entity).then().statusCode(NOT_FOUND);
        anonymous().get("/v1/people/{idOrSlug}", personId).then().statusCode(OK)
                .body("affiliations", empty()).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseToDeleteAParentUnlessForcedThenOrphanItsChildren() {
        String parent = createEntity("Parent " + unique(), "country", List.of()).path("id");
        String child = createEntity("Child " + unique(), "agency", List.of(), "parent", parent).path("id");
        admin().header("If-Match", "*").delete("/v1/entities/{idOrSlug}", parent).then().statusCode(CONFLICT)
                .body("references.entities", equalTo(1));
        admin().header("If-Match", "*").queryParam("force", "true").delete("/v1/entities/{idOrSlug}", parent).then().statusCode(NO_CONTENT);
        anonymous().get("/v1/entities/{idOrSlug}", child).then().statusCode(OK)
                .body("parent", nullValue()).body("version", equalTo(1));
    }

    @Test
    void shouldListWithAStatementCountThatDoesNotGrowWithTheLimit() {
        String tag = "sc" + unique();
        String parent = createEntity(tag + " parent", "country", List.of("P")).path("id");
        for (int i = 0; i < 12; i++) {
            createEntity(tag + " child " + (i < 10 ? "0" : "") + i, "agency", List.of("A" + i, "B" + i), "parent", parent,
                    "sameAs", List.of("http://www.wikidata.org/entity/Q" + i));
        }
        assertDoNotGrowWithTheLimit(sessionFactory, "/v1/entities", tag, 12, new ResponseSpecBuilder()
                .expectBody("data[1].parent.kind", equalTo("country"))
                .expectBody("data[1].aliases", hasSize(2))
                .expectBody("data[1].sameAs", hasSize(1)));
    }
}
