package dev.lede.review;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review queue through HTTP: what an ingest created unsure of it is marked needsReview and listed, newest first,
 * by type, until an editor clears it (PATCH needsReview false) or merges it away.
 */
@QuarkusTest
class ReviewQueueTest {
    /** A word of letters only (the extractor does not take words with digits for names), capitalised. */
    static String name() {
        String letters = unique().chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    /**
     * A page naming someone only as "Mr X" (no first name, role or verb of saying next to the name): a bare
     * capitalised span after an honorific, the extractor's weakest evidence for a person.
     */
    static String pageNamingOnly(String surname, String tag) {
        return "Harbour plan stalls again in " + tag + "\n\n"
                + "The harbour board met on Tuesday evening to discuss the long delayed plan for the northern quay.\n\n"
                + "Mr " + surname + " opposed the plan at length, and the vote was postponed until the spring.\n\n"
                + "The board will publish its minutes next week, after the members have approved them.\n";
    }

    static List<Map<String, Object>> queue(String type) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = admin().queryParam("limit", 100);
            if (type != null) {
                request.queryParam("type", type);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/review").then().statusCode(OK).extract().jsonPath();
            items.addAll(page.getList("data"));
            cursor = page.getString("meta.nextCursor");
        } while (cursor != null);
        return items;
    }

    static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    @Test
    void shouldQueueALowConfidencePersonAnIngestCreatedUntilAnEditorClearsIt() {
        String surname = name();
        JsonPath result = given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain; charset=UTF-8")
                .body(pageNamingOnly(surname, name())).post("/v1/ingest").then().statusCode(CREATED).extract().jsonPath();
        List<Map<String, Object>> people = result.getList("people");
        Map<String, Object> unsure = people.stream().filter(p -> ((String) p.get("name")).contains(surname)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + surname + " in " + people));
        assertThat((Boolean) unsure.get("new")).isTrue();
        assertThat(((Number) unsure.get("confidence")).doubleValue()).isLessThan(0.6);
        String id = (String) unsure.get("id");
        // every person the page created is flagged exactly when the extractor was below the threshold
        for (Map<String, Object> person : people) {
            if (Boolean.TRUE.equals(person.get("new"))) {
                boolean low = ((Number) person.get("confidence")).doubleValue() < 0.6;
                admin().get("/v1/people/{idOrSlug}", person.get("id")).then().statusCode(OK).body("needsReview", equalTo(low));
            }
        }
        List<Map<String, Object>> queued = queue("person");
        assertThat(ids(queued)).contains(id);
        assertThat(queued).allMatch(item -> item.get("type").equals("person"));
        assertThat(ids(queue(null))).contains(id);
        assertThat(ids(queue("entity"))).doesNotContain(id);

        String etag = admin().get("/v1/people/{idOrSlug}", id).then().statusCode(OK).extract().header("ETag");
        admin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("needsReview", false)).patch("/v1/people/{idOrSlug}", id)
                .then().statusCode(OK).body("needsReview", equalTo(false));

        assertThat(ids(queue("person"))).doesNotContain(id);
        assertThat(ids(queue(null))).doesNotContain(id);
    }

    @Test
    void shouldListNewestFirstAcrossKindsAndPageWithoutGapsOrRepeats() {
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            flagged.add(flag("/v1/people", Map.of("name", "Queued " + name(), "needsReview", true)));
            flagged.add(flag("/v1/entities", Map.of("name", "Queued " + name(), "kind", "organization", "needsReview", true)));
        }
        List<String> newestFirst = new ArrayList<>(flagged);
        java.util.Collections.reverse(newestFirst);
        List<Map<String, Object>> all = queue(null);
        List<Object> order = ids(all).stream().filter(flagged::contains).toList();
        assertThat(order).containsExactlyElementsOf(newestFirst);
        for (int i = 1; i < all.size(); i++) {
            assertThat((String) all.get(i - 1).get("createdAt")).isGreaterThanOrEqualTo((String) all.get(i).get("createdAt"));
        }
        // pages of two: the same items in the same order
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = admin().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/review").then().statusCode(OK).extract().jsonPath();
            assertThat(page.getList("data")).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page.getList("data.id"));
            cursor = page.getString("meta.nextCursor");
        } while (cursor != null);
        assertThat(paged.stream().filter(flagged::contains).toList()).containsExactlyElementsOf(newestFirst);
        assertThat(paged).doesNotHaveDuplicates();
    }

    @Test
    void shouldAnswerOnlyKeyHoldersAndNameABadParameter() {
        anonymous().get("/v1/review").then().statusCode(UNAUTHORIZED);
        admin().queryParam("type", "article").get("/v1/review").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("type"));
        admin().queryParam("limit", 0).get("/v1/review").then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("limit"));
        admin().queryParam("cursor", "nonsense").get("/v1/review").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("cursor"));
        String personCursor = admin().queryParam("type", "person").queryParam("limit", 1).get("/v1/review")
                .then().statusCode(OK).extract().path("meta.nextCursor");
        if (personCursor != null) { // a cursor of one filter is refused by another
            admin().queryParam("type", "quote").queryParam("cursor", personCursor).get("/v1/review").then().statusCode(BAD_REQUEST)
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    static String flag(String collection, Map<String, Object> body) {
        return admin().body(body).post(collection).then().statusCode(CREATED).body("needsReview", equalTo(true)).extract().path("id");
    }
}
