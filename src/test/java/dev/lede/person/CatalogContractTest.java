package dev.lede.person;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What people, entities and sources promise alike, because one piece of code serves all three (CatalogResource,
 * CatalogService, CatalogDocumentation): checked for each catalog, so none can drift from the others.
 */
@QuarkusTest
class CatalogContractTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    /** A minimal valid body of each catalog, for the given name. */
    private static Map<String, Object> body(String collection, String name) {
        return collection.equals("people") ? Map.of("name", name) : Map.of("name", name, "kind", "other");
    }

    /** POST /v1/{collection} of a minimal body with that name: 201 and the created resource. */
    private static ExtractableResponse<Response> create(String collection, String name) {
        return admin().body(body(collection, name)).post("/v1/{collection}", collection).then().statusCode(CREATED).extract();
    }

    @ParameterizedTest
    @CsvSource({"people", "entities", "sources"})
    void shouldGiveEveryConcurrentCreateOfTheSameNameItsOwnSlug(String collection) throws Exception {
        String name = "Race " + unique();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return admin().body(body(collection, name)).post("/v1/{collection}", collection);
            }));
        }
        start.countDown();
        Set<String> slugs = new HashSet<>();
        for (Future<Response> result : results) {
            Response response = result.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(CREATED);
            slugs.add(response.path("slug"));
        }
        pool.shutdown();
        assertThat(slugs).as("each lost race on the slug's unique index is retried").hasSize(6);
    }

    @ParameterizedTest
    @CsvSource({"people", "entities", "sources"})
    void shouldAnswerAWriteWithTheRepresentationAndETagThatAReadThenServes(String collection) {
        ExtractableResponse<Response> created = create(collection, "Served " + unique());
        String id = created.path("id");
        ExtractableResponse<Response> read = anonymous().get("/v1/{collection}/{idOrSlug}", collection, id)
                .then().statusCode(OK).extract();
        assertThat(read.as(Map.class)).usingRecursiveComparison().isEqualTo(created.as(Map.class));
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));

        ExtractableResponse<Response> replaced = admin().header("If-Match", read.header("ETag"))
                .body(body(collection, "Replaced " + unique())).put("/v1/{collection}/{idOrSlug}", collection, id)
                .then().statusCode(OK).extract();
        ExtractableResponse<Response> reread = anonymous().get("/v1/{collection}/{idOrSlug}", collection, id)
                .then().statusCode(OK).extract();
        assertThat(reread.as(Map.class)).usingRecursiveComparison().isEqualTo(replaced.as(Map.class));
        assertThat(reread.header("ETag")).isEqualTo(replaced.header("ETag")).isNotEqualTo(read.header("ETag"));
    }

    @ParameterizedTest
    @CsvSource({"people", "entities", "sources"})
    void shouldCheckTheFieldsOfAListBeforeItsPageAndItsSort(String collection) {
        anonymous().queryParam("fields", "nope").queryParam("limit", 0).queryParam("sort", "nope")
                .get("/v1/{collection}", collection)
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("fields"));
        anonymous().queryParam("limit", 0).queryParam("sort", "nope").get("/v1/{collection}", collection)
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("limit"));
    }

    @ParameterizedTest
    @CsvSource({"people", "entities", "sources"})
    void shouldOfferEveryFieldOfTheReadModelAndNothingElse(String collection) {
        String slug = create(collection, "Fields " + unique()).path("slug");
        Map<String, Object> whole = anonymous().get("/v1/{collection}/{idOrSlug}", collection, slug)
                .then().statusCode(OK).extract().as(Map.class);
        anonymous().queryParam("fields", String.join(",", whole.keySet())).get("/v1/{collection}/{idOrSlug}", collection, slug)
                .then().statusCode(OK);
        anonymous().queryParam("fields", "bogus").get("/v1/{collection}/{idOrSlug}", collection, slug)
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("fields"))
                .body("errors[0].message", containsString("createdAt, "));
    }

    @ParameterizedTest
    @CsvSource({
            "people, listPeople, createPerson, getPerson, replacePerson, patchPerson, deletePerson, Person",
            "entities, listEntities, createEntity, getEntity, replaceEntity, patchEntity, deleteEntity, Entity",
            "sources, listSources, createSource, getSource, replaceSource, patchSource, deleteSource, Source"})
    void shouldDocumentEachCatalogUnderItsOwnNames(String collection, String list, String create, String get,
                                                   String replace, String patch, String delete, String schema) {
        String path = "paths.'/v1/" + collection + "'";
        String member = "paths.'/v1/" + collection + "/{idOrSlug}'";
        anonymous().queryParam("format", "json").get("/openapi").then().statusCode(OK)
                .body(path + ".get.operationId", equalTo(list))
                .body(path + ".post.operationId", equalTo(create))
                .body(path + ".post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/" + schema + "Input"))
                .body(member + ".get.operationId", equalTo(get))
                .body(member + ".get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/" + schema))
                .body(member + ".put.operationId", equalTo(replace))
                .body(member + ".patch.operationId", equalTo(patch))
                .body(member + ".delete.operationId", equalTo(delete));
    }

    @ParameterizedTest
    @CsvSource({"people", "entities", "sources"})
    void shouldRedirectAnOldSlugAfterARenameAndKeepWhatThePatchDoesNotName(String collection) {
        String name = "Old Name " + unique();
        ExtractableResponse<Response> created = create(collection, name);
        String id = created.path("id");
        String oldSlug = created.path("slug");
        String newSlug = "renamed-" + unique();
        admin().header("If-Match", created.header("ETag")).contentType(MERGE_PATCH).body(Map.of("slug", newSlug))
                .patch("/v1/{collection}/{idOrSlug}", collection, id).then().statusCode(OK)
                .body("slug", equalTo(newSlug)).body("name", equalTo(name)).body("version", equalTo(1));
        anonymous().redirects().follow(false).get("/v1/{collection}/{idOrSlug}", collection, oldSlug).then()
                .statusCode(MOVED_PERMANENTLY).header("Location", endsWith("/v1/" + collection + "/" + newSlug));
    }

    @ParameterizedTest
    @CsvSource({"people", "entities", "sources"})
    void shouldRefuseAStaleIfMatchWith412AndAMissingOneWith428(String collection) {
        ExtractableResponse<Response> created = create(collection, "Versioned " + unique());
        String id = created.path("id");
        String etag = created.header("ETag");
        Map<String, Object> replacement = body(collection, "Versioned again " + unique());
        admin().header("If-Match", etag).body(replacement).put("/v1/{collection}/{idOrSlug}", collection, id).then()
                .statusCode(OK).body("version", equalTo(1));
        admin().header("If-Match", etag).body(replacement).put("/v1/{collection}/{idOrSlug}", collection, id).then()
                .statusCode(PRECONDITION_FAILED).contentType("application/problem+json").body("status", equalTo(PRECONDITION_FAILED));
        admin().header("If-Match", etag).contentType(MERGE_PATCH).body(Map.of("name", "Stale"))
                .patch("/v1/{collection}/{idOrSlug}", collection, id).then().statusCode(PRECONDITION_FAILED);
        admin().body(replacement).put("/v1/{collection}/{idOrSlug}", collection, id).then().statusCode(PRECONDITION_REQUIRED)
                .contentType("application/problem+json").body("errors.field", contains("If-Match"));
        admin().contentType(MERGE_PATCH).body(Map.of("name", "Unconditional")).patch("/v1/{collection}/{idOrSlug}", collection, id)
                .then().statusCode(PRECONDITION_REQUIRED).body("errors.field", contains("If-Match"));
    }

    /** One merge serves the three catalogs: documented under each catalog's names, and folding alike. */
    @ParameterizedTest
    @CsvSource({"people, mergePerson, Person", "entities, mergeEntity, Entity", "sources, mergeSource, Source"})
    void shouldFoldADuplicateIntoTheSurvivorAlike(String collection, String operationId, String schema) {
        String merge = "paths.'/v1/" + collection + "/{idOrSlug}/merge'.post";
        anonymous().queryParam("format", "json").get("/openapi").then().statusCode(OK)
                .body(merge + ".operationId", equalTo(operationId))
                .body(merge + ".requestBody.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/MergeInput"))
                .body(merge + ".responses.'200'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/" + schema));
        ExtractableResponse<Response> survivor = create(collection, "Survivor " + unique());
        String duplicateName = "Duplicate " + unique();
        String duplicate = create(collection, duplicateName).path("slug");
        String survivorSlug = survivor.path("slug");
        admin().body(Map.of("duplicate", duplicate)).post("/v1/{collection}/{idOrSlug}/merge", collection, survivorSlug)
                .then().statusCode(PRECONDITION_REQUIRED).body("errors.field", contains("If-Match"));
        admin().header("If-Match", "*").body(Map.of("duplicate", survivorSlug))
                .post("/v1/{collection}/{idOrSlug}/merge", collection, survivorSlug).then().statusCode(BAD_REQUEST)
                .contentType("application/problem+json").body("errors.field", contains("duplicate"));
        admin().header("If-Match", survivor.header("ETag")).body(Map.of("duplicate", duplicate))
                .post("/v1/{collection}/{idOrSlug}/merge", collection, survivorSlug).then().statusCode(OK)
                .body("version", equalTo(1)).body("id", equalTo(survivor.path("id")))
                .body("aliases", hasItem(duplicateName));
        anonymous().redirects().follow(false).get("/v1/{collection}/{idOrSlug}", collection, duplicate).then()
                .statusCode(MOVED_PERMANENTLY).header("Location", endsWith("/v1/" + collection + "/" + survivorSlug));
    }
}
