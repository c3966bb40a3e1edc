package dev.lede.article.lifecycle;

import static dev.lede.article.lifecycle.Lifecycle.ops;
import static dev.lede.article.lifecycle.Lifecycle.transition;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An embargo ahead cannot be given to an article that is out already: the edit is refused with a 409 naming
 * embargoUntil, and the article stays as it was (public, usable in ninjs, no event). Withdrawn first, it can be
 * embargoed and published again, and then waits for its time.
 */
@QuarkusTest
class LateEmbargoTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aPublishedArticleIsNotGivenAnEmbargoAhead() {
        String id = published("Out already " + unique(), Map.of()).path("id");
        List<String> before = ops(id);
        String ahead = Instant.now().plus(Duration.ofDays(1)).toString();
        admin().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("embargoUntil", ahead))
                .patch("/v1/articles/{id}", id).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("embargoUntil"));
        assertThat(ops(id)).as("no event").isEqualTo(before);
        anonymous().get("/v1/articles/{id}", id).then().statusCode(OK).body("status", equalTo("published"))
                .body("embargoUntil", nullValue());
        anonymous().accept("application/ninjs+json").get("/v1/articles/{id}", id).then().statusCode(OK)
                .body("pubstatus", equalTo("usable")).body("embargoed", nullValue());

        String past = Instant.now().minus(Duration.ofHours(1)).toString();
        admin().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("embargoUntil", past))
                .patch("/v1/articles/{id}", id).then().statusCode(OK).body("status", equalTo("published"));
    }

    @Test
    void aWithdrawnArticleCanBeEmbargoedAndThenWaitsForItsTime() {
        String id = published("Back under embargo " + unique(), Map.of()).path("id");
        transition(id, "withdraw", "Moved to a later slot").statusCode(OK);
        String ahead = Instant.now().plus(Duration.ofDays(1)).toString();
        admin().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("embargoUntil", ahead))
                .patch("/v1/articles/{id}", id).then().statusCode(OK);
        transition(id, "publish", null).statusCode(OK).body("status", equalTo("embargoed"));
        anonymous().get("/v1/articles/{id}", id).then().statusCode(NOT_FOUND);
    }
}
