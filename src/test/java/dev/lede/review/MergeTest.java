package dev.lede.review;

import static dev.lede.review.ReviewQueueTest.ids;
import static dev.lede.review.ReviewQueueTest.name;
import static dev.lede.review.ReviewQueueTest.queue;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static dev.lede.support.Status.UNAUTHORIZED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Merges through HTTP: a duplicate person or entity folded into another moves its mentions, quotes, affiliations and
 * names to the survivor in one write with change events, its slug redirects, it leaves the review queue, and the
 * next ingest naming it links to the survivor.
 */
@QuarkusTest
class MergeTest {
    private static String create(String collection, Map<String, Object> body) {
        return admin().body(body).post(collection).then().statusCode(CREATED).extract().path("id");
    }

    private static String slugOf(String collection, String id) {
        return admin().get(collection + "/{idOrSlug}", id).then().statusCode(OK).extract().path("slug");
    }

    private static String head() {
        return admin().queryParam("since", "now").get("/v1/changes").then().statusCode(OK).extract().path("meta.nextCursor");
    }

    /** Each event after {@code since} as "id op", in order. */
    private static List<String> eventsSince(String since) {
        JsonPath page = admin().queryParam("since", since).queryParam("limit", 500).get("/v1/changes")
                .then().statusCode(OK).extract().jsonPath();
        return page.<Map<String, Object>>getList("data").stream().map(e -> e.get("id") + " " + e.get("op")).toList();
    }

    private static JsonPath merge(String collection, String survivor, String duplicate) {
        return admin().header("If-Match", "*").body(Map.of("duplicate", duplicate)).post(collection + "/{idOrSlug}/merge", survivor)
                .then().statusCode(OK).extract().jsonPath();
    }

    @Test
    void shouldFoldADuplicatePersonIntoTheSurvivorAndLinkTheNextIngestToIt() {
        String surname = name();
        String entity = create("/v1/entities", Map.of("name", "Harbour Board of " + name(), "kind", "government_body"));
        String survivor = create("/v1/people", Map.of("name", "Thomas " + surname, "needsReview", true));
        String duplicate = create("/v1/people", Map.of("name", "Tom " + surname, "aliases", List.of("T. " + surname),
                "sameAs", List.of("https://example.org/people/" + surname), "description", "Harbour master",
                "affiliations", List.of(Map.of("entity", entity, "title", "Harbour master")), "needsReview", true));
        String duplicateSlug = slugOf("/v1/people", duplicate);
        String article = published("Quay vote " + surname, Map.of(
                "body", List.of("Tom " + surname + " spoke first. Thomas " + surname + " answered.", "Tom " + surname + " left."),
                "people", List.of(Map.of("person", duplicate), Map.of("person", survivor)))).path("id");
        String quote = create("/v1/quotes", Map.of("text", "Tom " + surname + " spoke first", "article", article,
                "speaker", Map.of("type", "person", "id", duplicate)));
        long version = admin().get("/v1/people/{idOrSlug}", survivor).then().extract().jsonPath().getLong("version");
        String since = head();

        JsonPath merged = merge("/v1/people", survivor, duplicateSlug);

        assertThat(merged.getString("id")).isEqualTo(survivor);
        assertThat(merged.getLong("version")).isGreaterThan(version);
        assertThat(merged.getList("aliases", String.class)).contains("Tom " + surname, "T. " + surname);
        assertThat(merged.getList("affiliations.entity.id", String.class)).containsExactly(entity);
        assertThat(merged.getList("sameAs", String.class)).contains("https://example.org/people/" + surname);
        assertThat(merged.getString("description")).isEqualTo("Harbour master");
        assertThat(merged.getBoolean("needsReview")).isFalse();
        // the duplicate is gone; its slug redirects to the survivor
        admin().get("/v1/people/{idOrSlug}", duplicate).then().statusCode(NOT_FOUND);
        anonymous().redirects().follow(false).get("/v1/people/{idOrSlug}", duplicateSlug).then().statusCode(MOVED_PERMANENTLY)
                .header("Location", endsWith("/v1/people/" + merged.getString("slug")));
        // mentions (counted once, added up) and quotes moved
        admin().get("/v1/articles/{idOrSlug}", article).then().statusCode(OK)
                .body("people", hasSize(1)).body("people[0].id", equalTo(survivor)).body("people[0].mentions", equalTo(3));
        admin().get("/v1/quotes/{idOrSlug}", quote).then().statusCode(OK).body("speaker.id", equalTo(survivor));
        anonymous().get("/v1/people/{idOrSlug}/quotes", survivor).then().statusCode(OK).body("data.id", hasItem(quote));
        anonymous().queryParam("person", survivor).get("/v1/articles").then().statusCode(OK).body("data.id", hasItem(article));
        // one write, its change events
        assertThat(eventsSince(since)).contains(duplicate + " deleted", survivor + " updated", article + " updated",
                quote + " updated");
        // neither waits for review any more
        assertThat(ids(queue("person"))).doesNotContain(survivor, duplicate);

        // the next page naming the duplicate's name links to the survivor
        JsonPath ingested = given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain; charset=UTF-8")
                .body("Quay vote delayed again in " + name() + "\n\n"
                        + "The harbour board met on Tuesday to discuss the northern quay once more.\n\n"
                        + "Tom " + surname + ", the harbour master, told reporters that the vote would wait until spring.\n\n"
                        + "“We need more time to study the plan,” Tom " + surname + " said after the meeting.\n")
                .post("/v1/ingest").then().statusCode(CREATED).extract().jsonPath();
        List<Map<String, Object>> people = ingested.getList("people");
        assertThat(people).anySatisfy(person -> {
            assertThat((String) person.get("name")).contains(surname);
            assertThat(person.get("id")).isEqualTo(survivor);
            assertThat(person.get("new")).isEqualTo(false);
        });
        assertThat(ingested.getList("article.people.id", String.class)).contains(survivor);
    }

    @Test
    void shouldFoldADuplicateEntityIntoTheSurvivor() {
        String base = name();
        String survivor = create("/v1/entities", Map.of("name", base + " Port Authority", "kind", "agency"));
        String duplicate = create("/v1/entities", Map.of("name", "Port Authority of " + base, "kind", "agency",
                "countryCode", "PT", "needsReview", true));
        String child = create("/v1/entities", Map.of("name", base + " Pilots", "kind", "agency", "parent", duplicate));
        String person = create("/v1/people", Map.of("name", "Ana " + name(),
                "affiliations", List.of(Map.of("entity", duplicate, "title", "Director"))));
        Map<String, Object> body = new HashMap<>();
        body.put("entities", List.of(Map.of("entity", survivor, "mentions", 2), Map.of("entity", duplicate, "mentions", 3)));
        String article = published("Port merger " + base, body).path("id");
        String quote = create("/v1/quotes", Map.of("text", "First paragraph of Port merger", "article", article,
                "speaker", Map.of("type", "entity", "id", duplicate)));
        String since = head();

        JsonPath merged = merge("/v1/entities", survivor, duplicate);

        assertThat(merged.getList("aliases", String.class)).contains("Port Authority of " + base);
        assertThat(merged.getString("countryCode")).isEqualTo("PT");
        admin().get("/v1/entities/{idOrSlug}", duplicate).then().statusCode(NOT_FOUND);
        admin().get("/v1/articles/{idOrSlug}", article).then().statusCode(OK)
                .body("entities.id", contains(survivor)).body("entities[0].mentions", equalTo(5));
        admin().get("/v1/people/{idOrSlug}", person).then().statusCode(OK).body("affiliations.entity.id", contains(survivor));
        admin().get("/v1/entities/{idOrSlug}", child).then().statusCode(OK).body("parent.id", equalTo(survivor));
        admin().get("/v1/quotes/{idOrSlug}", quote).then().statusCode(OK).body("speaker.id", equalTo(survivor));
        assertThat(eventsSince(since)).contains(duplicate + " deleted", survivor + " updated", article + " updated",
                quote + " updated", person + " updated", child + " updated");
        assertThat(ids(queue("entity"))).doesNotContain(duplicate);
    }

    @Test
    void shouldNotTakeADuplicatesParentThatIsBelowTheSurvivor() {
        String base = name();
        String survivor = create("/v1/entities", Map.of("name", base + " Alliance", "kind", "organization"));
        String committee = create("/v1/entities", Map.of("name", base + " Committee", "kind", "organization", "parent", survivor));
        String duplicate = create("/v1/entities", Map.of("name", "The " + base + " Alliance", "kind", "organization",
                "parent", committee));

        JsonPath merged = merge("/v1/entities", survivor, duplicate);

        assertThat((Object) merged.get("parent")).as("the committee is below the survivor: no cycle").isNull();
        admin().get("/v1/entities/{idOrSlug}", committee).then().statusCode(OK).body("parent.id", equalTo(survivor));
        // the survivor can be written back as it reads (a cycle would be refused)
        admin().header("If-Match", "*").body(Map.of("name", base + " Alliance", "kind", "organization"))
                .put("/v1/entities/{idOrSlug}", survivor).then().statusCode(OK);
    }

    @Test
    void shouldRefuseAMergeIntoItselfOrOfNothingNamingTheDuplicate() {
        String person = create("/v1/people", Map.of("name", "Lone " + name()));
        String slug = slugOf("/v1/people", person);
        for (String self : List.of(person, slug)) {
            admin().header("If-Match", "*").body(Map.of("duplicate", self)).post("/v1/people/{idOrSlug}/merge", person)
                    .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("duplicate"));
        }
        admin().header("If-Match", "*").body(Map.of("duplicate", "no-such-" + name().toLowerCase())).post("/v1/people/{idOrSlug}/merge", person)
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("duplicate"));
        admin().header("If-Match", "*").body(Map.of()).post("/v1/entities/{idOrSlug}/merge", create("/v1/entities",
                Map.of("name", "Lone " + name(), "kind", "other"))).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("duplicate"));
        String other = create("/v1/people", Map.of("name", "Other " + name()));
        admin().body(Map.of("duplicate", other)).post("/v1/people/{idOrSlug}/merge", person).then().statusCode(PRECONDITION_REQUIRED);
        admin().header("If-Match", "\"stale\"").body(Map.of("duplicate", other)).post("/v1/people/{idOrSlug}/merge", person)
                .then().statusCode(PRECONDITION_FAILED);
        anonymous().header("If-Match", "*").body(Map.of("duplicate", other)).post("/v1/people/{idOrSlug}/merge", person)
                .then().statusCode(UNAUTHORIZED);
        admin().header("If-Match", "*").body(Map.of("duplicate", other)).post("/v1/people/{idOrSlug}/merge", "no-such-" + name().toLowerCase())
                .then().statusCode(NOT_FOUND);
        // nothing was merged by the refusals
        admin().get("/v1/people/{idOrSlug}", other).then().statusCode(OK);
    }
}
