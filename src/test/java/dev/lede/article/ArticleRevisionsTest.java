package dev.lede.article;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change of an article stores a revision, read back through its history and as it was at each. */
@QuarkusTest
class ArticleRevisionsTest {

    @Test
    void shouldRecordEveryChangeNewestFirstWithWhoAndWhatChanged() {
        String u = unique();
        String id = draft("Revised " + u, Map.of("section", "world")).path("id");
        admin().header("If-Match", "*").body(body("Revised again " + u, "Revised " + u, "world")).put("/v1/articles/{idOrSlug}", id)
                .then().statusCode(OK);
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("standfirst", "A dek."))
                .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", id).then().statusCode(OK);
        admin().header("If-Match", "*").body(Map.of("reason", "Legal request")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK).body("version", equalTo(4));

        admin().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK)
                .body("data.number", contains(5, 4, 3, 2, 1))
                .body("data.version", contains(4, 3, 2, 1, 0))
                .body("data.op", contains("withdrawn", "published", "updated", "updated", "created"))
                .body("data.by", contains("admin", "admin", "admin", "admin", "admin"))
                .body("data[0].changedFields", contains("status", "withdrawnAt", "withdrawalReason"))
                .body("data[1].changedFields", contains("status", "publishedAt", "firstPublishedAt"))
                .body("data[2].changedFields", contains("standfirst"))
                .body("data[3].changedFields", contains("headline"))
                .body("data[4].changedFields", contains("slug", "headline", "body", "language", "section", "tags",
                        "status", "wordCount", "credits", "bylines", "people", "entities"))
                .body("data[0].at", not(nullValue()));
    }

    @Test
    void shouldServeTheArticleAsEachRevisionLeftIt() {
        String u = unique();
        String kirby = person("Rev Kirby " + u);
        String publisher = source("Rev Press " + u, "publisher");
        Map<String, Object> extra = Map.of("publisher", publisher, "body", List.of("Rev Kirby " + u + " spoke twice."),
                "people", List.of(Map.of("person", kirby)));
        String id = draft("Original " + u, extra).path("id");
        Map<String, Object> replaced = new HashMap<>(body("Replaced " + u, "Original " + u, null));
        replaced.put("body", List.of("Nobody spoke."));
        admin().header("If-Match", "*").body(replaced).put("/v1/articles/{idOrSlug}", id).then().statusCode(OK);

        admin().get("/v1/articles/{idOrSlug}/revisions/1", id).then().statusCode(OK)
                .body("id", equalTo(id)).body("headline", equalTo("Original " + u)).body("version", equalTo(0))
                .body("status", equalTo("draft")).body("body", contains("Rev Kirby " + u + " spoke twice."))
                .body("publisher.slug", equalTo(publisher)).body("publisher.name", equalTo("Rev Press " + u))
                .body("people[0].slug", equalTo(kirby)).body("people[0].name", equalTo("Rev Kirby " + u))
                .body("people[0].mentions", equalTo(1)).body("wordCount", equalTo(5));
        admin().get("/v1/articles/{idOrSlug}/revisions/2", id).then().statusCode(OK)
                .body("headline", equalTo("Replaced " + u)).body("version", equalTo(1)).body("people", hasSize(0))
                .body("publisher", nullValue()).body("body", contains("Nobody spoke."));
        // Today's name of what a revision named: a rename shows, the snapshot keeps the id.
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("name", "Rev Kirby Renamed " + u))
                .patch("/v1/people/{idOrSlug}", kirby).then().statusCode(OK);
        admin().get("/v1/articles/{idOrSlug}/revisions/1", id).then().statusCode(OK)
                .body("people[0].name", equalTo("Rev Kirby Renamed " + u));
    }

    @Test
    void shouldShowRevisionsToAnyoneOnlyWhileTheArticleIsPublished() {
        String id = draft("Private history " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(NOT_FOUND)
                .contentType("application/problem+json");
        anonymous().get("/v1/articles/{idOrSlug}/revisions/1", id).then().statusCode(NOT_FOUND);
        admin().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK).body("data", hasSize(1));

        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", id).then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK).body("data.op", contains("published", "created"));
        anonymous().get("/v1/articles/{idOrSlug}/revisions/1", id).then().statusCode(OK).body("status", equalTo("draft"));

        admin().header("If-Match", "*").body(Map.of("reason", "Gone for good")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(GONE)
                .body("reason", equalTo("Gone for good"));
        anonymous().get("/v1/articles/{idOrSlug}/revisions/2", id).then().statusCode(GONE);
        admin().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK).body("data", hasSize(3));
    }

    @Test
    void shouldRefuseABadRevisionNumberOrPageWithAProblem() {
        String id = draft("Numbered " + unique(), Map.of()).path("id");
        for (String bad : List.of("abc", "0", "-1", "1.5")) {
            admin().get("/v1/articles/{idOrSlug}/revisions/{n}", id, bad).then().statusCode(BAD_REQUEST)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("n"));
        }
        admin().get("/v1/articles/{idOrSlug}/revisions/2", id).then().statusCode(NOT_FOUND)
                .contentType("application/problem+json");
        admin().get("/v1/articles/{idOrSlug}/revisions/99999999999", id).then().statusCode(BAD_REQUEST);
        admin().queryParam("limit", 0).get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("limit"));
        admin().queryParam("cursor", "nonsense").get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("cursor"));
        anonymous().get("/v1/articles/{idOrSlug}/revisions", "no-such-article-" + unique()).then().statusCode(NOT_FOUND);
    }

    @Test
    void shouldPageThroughTheHistoryOnceWithItsCursor() {
        String id = draft("Paged history " + unique(), Map.of()).path("id");
        for (int i = 0; i < 4; i++) {
            admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("standfirst", "Dek " + i))
                    .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        }
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = admin().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK).extract();
            seen.addAll(page.path("data.number"));
            cursor = page.path("meta.nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(5, 4, 3, 2, 1);

        String first = admin().queryParam("limit", 2).get("/v1/articles/{idOrSlug}/revisions", id).then().extract().path("meta.nextCursor");
        String other = draft("Other history " + unique(), Map.of()).path("id");
        admin().queryParam("cursor", first).get("/v1/articles/{idOrSlug}/revisions", other).then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldDeleteTheRevisionsWithTheArticle() {
        String id = draft("Short-lived " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", id).then().statusCode(OK);
        assertThat(revisionRows(id)).isEqualTo(2);
        admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", id).then().statusCode(NO_CONTENT);
        admin().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(NOT_FOUND);
        assertThat(revisionRows(id)).as("rows left after the delete").isZero();
    }

    @Test
    void shouldDropACachedPublicHistoryWhenTheArticleChanges() {
        String id = draft("Cached history " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", id).then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK).body("data", hasSize(2));
        anonymous().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK).body("data", hasSize(2));
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("standfirst", "Now with a dek"))
                .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}/revisions", id).then().statusCode(OK).body("data", hasSize(3))
                .body("data[0].changedFields", contains("standfirst"));
    }

    private static long revisionRows(String articleId) {
        return QuarkusTransaction.requiringNew().call(() -> ArticleRevision.count("article.id", articleId));
    }

    /** A PUT body; its paragraphs are those {@code Fixtures.draft} gave the article headed {@code firstHeadline}. */
    private static Map<String, Object> body(String headline, String firstHeadline, String section) {
        Map<String, Object> body = new HashMap<>();
        body.put("headline", headline);
        body.put("language", "en");
        body.put("body", List.of("First paragraph of " + firstHeadline + ".", "Second paragraph."));
        if (section != null) {
            body.put("section", section);
        }
        return body;
    }
}
