package dev.lede.format;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ninjs consumer without a key that asks for a killed article gets what it can read: a ninjs item with pubstatus
 * canceled and the notice (status 410; 451 for a legal takedown), never the story itself; other formats keep the
 * problem+json notice.
 */
@QuarkusTest
class CanceledNinjsTest {
    private static final String NINJS = "application/ninjs+json";

    @Test
    void aKilledArticleIsACanceledNinjsItemWithStatus410() {
        String headline = "Killed story " + unique();
        String id = published(headline, Map.of()).path("id");
        remove(id, "kill", "Defamatory claims");
        for (Response answer : new Response[] {anonymous().accept(NINJS).get("/v1/articles/{id}", id),
                anonymous().queryParam("format", "ninjs").get("/v1/articles/{id}", id),
                anonymous().accept(NINJS).get("/v1/articles/{id}", id)}) { // asked again: never a stored 200
            answer.then().statusCode(410).contentType(NINJS).header("Cache-Control", "no-store")
                    .body("uri", equalTo("urn:lede:article:" + id)).body("pubstatus", equalTo("canceled"))
                    .body("ednote", equalTo("Killed: Defamatory claims")).body("representationtype", equalTo("partial"))
                    .body("standard.name", equalTo("ninjs"));
            assertThat(answer.asString()).doesNotContain(headline).doesNotContain("bodies").doesNotContain("headlines");
            assertThat(NinjsSchema.errors(answer.asString())).isEmpty();
        }
    }

    @Test
    void aTakenDownArticleIsCanceledWithStatus451() {
        String id = published("Taken down story " + unique(), Map.of()).path("id");
        remove(id, "takedown", "Court order 12/2026");
        Response answer = anonymous().accept(NINJS).get("/v1/articles/{id}", id);
        answer.then().statusCode(451).contentType(NINJS).body("pubstatus", equalTo("canceled"))
                .body("ednote", equalTo("Taken down for legal reasons: Court order 12/2026"));
        assertThat(NinjsSchema.errors(answer.asString())).isEmpty();
    }

    @Test
    void otherFormatsAndKeyHoldersAreAnsweredAsBefore() {
        String headline = "Killed elsewhere " + unique();
        String id = published(headline, Map.of()).path("id");
        remove(id, "kill", "Retracted");
        anonymous().get("/v1/articles/{id}", id).then().statusCode(410).contentType("application/problem+json")
                .body("reason", equalTo("Retracted"));
        anonymous().accept("application/ld+json").get("/v1/articles/{id}", id).then().statusCode(410)
                .contentType("application/problem+json");
        admin().accept(NINJS).get("/v1/articles/{id}", id).then().statusCode(OK).body("pubstatus", equalTo("canceled"))
                .body("headlines[0].value", equalTo(headline));
        String withdrawn = published("Withdrawn " + unique(), Map.of()).path("id");
        remove(withdrawn, "withdraw", "Checking facts");
        anonymous().accept(NINJS).get("/v1/articles/{id}", withdrawn).then().statusCode(410)
                .contentType("application/problem+json");
    }

    private static void remove(String id, String operation, String reason) {
        admin().header("If-Match", "*").body(Map.of("reason", reason)).post("/v1/articles/{id}/" + operation, id)
                .then().statusCode(OK);
    }
}
