package dev.lede.article;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CONFLICT;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.PRECONDITION_FAILED;
import static dev.lede.support.Status.PRECONDITION_REQUIRED;
import static dev.lede.support.Status.UNAUTHORIZED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeOp;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Correction notices: appended to what partners may have seen, dated, versioned, logged and shown at once. */
@QuarkusTest
class ArticleCorrectionsTest {
    private static final String NDJSON = "application/x-ndjson";

    @Test
    void shouldAppendADatedNoticeThatCachedReadsShowRightAway() {
        String tag = "corr" + unique();
        ExtractableResponse<Response> publishedNow = published("Corrected story " + tag, Map.of("tags", List.of(tag)));
        String id = publishedNow.path("id");
        String etag = publishedNow.header("ETag");
        // Warm the cache for the anonymous single read and list.
        for (int i = 0; i < 2; i++) {
            anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("$", not(hasKey("corrections")));
            anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK)
                    .body("data[0]", not(hasKey("corrections")));
        }

        ExtractableResponse<Response> corrected = admin().header("If-Match", etag)
                .body(Map.of("type", "correction", "text", "  An earlier version misstated the date.  "))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK)
                .body("corrections", hasSize(1)).body("corrections[0].type", equalTo("correction"))
                .body("corrections[0].text", equalTo("An earlier version misstated the date."))
                .body("corrections[0].at", notNullValue()).body("version", equalTo(2)).extract();
        assertThat(corrected.header("ETag")).isNotEqualTo(etag).startsWith("\"v2-");

        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).header("ETag", corrected.header("ETag"))
                .body("corrections[0].text", equalTo("An earlier version misstated the date."));
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK)
                .body("data[0].corrections[0].type", equalTo("correction")).body("data[0].version", equalTo(2));

        admin().header("If-Match", corrected.header("ETag")).body(Map.of("type", "clarification", "text", "The meeting was private."))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK)
                .body("corrections.type", contains("correction", "clarification"));
        anonymous().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK)
                .body("data.op", contains("corrected", "corrected", "published", "created"))
                .body("data[0].changedFields", contains("corrections")).body("data[0].version", equalTo(3));
        anonymous().get("/v1/articles/{idOrSlug}/revisions/3", id).then().statusCode(OK)
                .body("corrections.type", contains("correction"));
        List<ChangeOp> ops = QuarkusTransaction.requiringNew()
                .call(() -> ChangeEvent.forResource(id).stream().map(event -> event.op).toList());
        assertThat(ops).containsExactly(ChangeOp.created, ChangeOp.published, ChangeOp.corrected, ChangeOp.corrected);
    }

    @Test
    void shouldCorrectAWithdrawnArticleButNeverADraft() {
        String draftId = draft("Uncorrectable draft " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").body(Map.of("type", "correction", "text", "Nothing to correct yet."))
                .post("/v1/articles/{idOrSlug}/corrections", draftId).then().statusCode(CONFLICT)
                .contentType("application/problem+json").body("articleStatus", equalTo("draft"));
        admin().get("/v1/articles/{idOrSlug}", draftId).then().statusCode(OK).body("version", equalTo(0))
                .body("$", not(hasKey("corrections")));

        String id = published("Retracted story " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").body(Map.of("reason", "Fabricated quotes")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        admin().header("If-Match", "*").body(Map.of("type", "retraction", "text", "This story does not stand."))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK)
                .body("status", equalTo("withdrawn")).body("corrections[0].type", equalTo("retraction"));
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(GONE);
    }

    @Test
    void shouldRefuseABadNoticeNamingTheField() {
        String id = published("Strict notices " + unique(), Map.of()).path("id");
        refused(id, Map.of("type", "erratum", "text", "Wrong type."), "type");
        refused(id, Map.of("text", "No type."), "type");
        refused(id, Map.of("type", "correction", "text", "   "), "text");
        refused(id, Map.of("type", "correction"), "text");
        refused(id, Map.of("type", "correction", "text", "x".repeat(2001)), "text");
        refused(id, Map.of("type", "correction", "text", "Fine.", "at", "2020-01-01T00:00:00Z"), "at");
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).body("version", equalTo(1))
                .body("$", not(hasKey("corrections")));
    }

    @Test
    void shouldRequireAKeyAndTheCurrentVersion() {
        ExtractableResponse<Response> article = published("Guarded notices " + unique(), Map.of());
        String id = article.path("id");
        Map<String, String> notice = Map.of("type", "clarification", "text", "Clarified.");
        anonymous().header("If-Match", "*").body(notice).post("/v1/articles/{idOrSlug}/corrections", id).then()
                .statusCode(UNAUTHORIZED);
        admin().body(notice).post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(PRECONDITION_REQUIRED);
        admin().header("If-Match", "\"v0-abc\"").body(notice).post("/v1/articles/{idOrSlug}/corrections", id).then()
                .statusCode(PRECONDITION_FAILED);
        admin().header("If-Match", article.header("ETag")).body(notice).post("/v1/articles/{idOrSlug}/corrections", id)
                .then().statusCode(OK).body("corrections", hasSize(1));
    }

    /** An export carries the notices in the article's meta; importing it into an empty place restores them as they were. */
    @Test
    void shouldCarryCorrectionsThroughAnExportAndImport() throws Exception {
        String id = published("Exported correction " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").body(Map.of("type", "clarification", "text", "Exported notice."))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK);
        ExtractableResponse<Response> before = admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).extract();
        String body = admin().get("/v1/export").then().statusCode(OK).extract().asString();
        String line = Arrays.stream(body.split("\n")).filter(l -> l.contains("\"id\":\"" + id + "\"")).findFirst().orElseThrow();
        JsonNode meta = new ObjectMapper().readTree(line).path("meta");
        assertThat(meta.path("corrections").get(0).path("type").asText()).isEqualTo("clarification");
        assertThat(meta.path("corrections").get(0).path("text").asText()).isEqualTo("Exported notice.");

        admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        ndjson().body(line + "\n").post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(1));
        admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).header("ETag", before.header("ETag"))
                .body("corrections[0].at", equalTo(before.path("corrections[0].at")))
                .body("corrections[0].text", equalTo("Exported notice."));

        String draftLine = line.replace("\"status\":\"published\"", "\"status\":\"draft\"").replace(id, "0194f3b2-7c1e-7a3b-9c2d-" + "1e2f3a4b5c99");
        ndjson().body(draftLine + "\n").post("/v1/bulk").then().statusCode(OK).body("rejected", equalTo(1))
                .body("errors[0].errors.field", hasItem("meta.corrections"));
    }

    private static RequestSpecification ndjson() {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(NDJSON, ContentType.TEXT).defaultCharsetForContentType("UTF-8", NDJSON)))
                .contentType(NDJSON).header("Authorization", "Bearer " + TEST_KEY);
    }

    private static void refused(String id, Map<String, String> notice, String field) {
        admin().header("If-Match", "*").body(notice).post("/v1/articles/{idOrSlug}/corrections", id).then()
                .statusCode(BAD_REQUEST).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
