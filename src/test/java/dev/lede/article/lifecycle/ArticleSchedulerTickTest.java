package dev.lede.article.lifecycle;

import static dev.lede.article.lifecycle.Lifecycle.eventually;
import static dev.lede.article.lifecycle.Lifecycle.ops;
import static dev.lede.article.lifecycle.Lifecycle.transition;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scheduler by itself: nobody runs its pass, it ticks (every 100 ms here, 250 ms in production). An embargoed
 * article stays hidden, cached reads included, while the clock is before its time, and is public within two seconds
 * of the clock passing it, its change event having dropped the cached 404 and the cached list.
 */
@QuarkusTest
@TestProfile(TickingSchedulerProfile.class)
class ArticleSchedulerTickTest {

    private static void hidden(String id, String tag) {
        for (int read = 0; read < 2; read++) { // the second of each is served from the cache
            anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(NOT_FOUND);
            anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data", emptyIterable());
        }
    }

    @Test
    void shouldLiftAnEmbargoByItselfAtItsTimeAndNeverBefore() throws InterruptedException {
        MovableClock clock = MovableClock.install();
        String tag = "e" + unique();
        Instant embargo = clock.ahead(Duration.ofHours(1));
        String id = draft("Ticking embargo " + tag, Map.of("tags", List.of(tag), "embargoUntil", embargo.toString()))
                .path("id");
        transition(id, "publish", null).statusCode(OK).body("status", equalTo("embargoed"));
        hidden(id, tag);

        clock.set(embargo.minusSeconds(1));
        Thread.sleep(600); // six ticks
        hidden(id, tag);

        clock.set(embargo);
        eventually(2_000, () -> anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .body("status", equalTo("published")).body("publishedAt", equalTo(embargo.toString())));
        // once the item reads fresh, so does the list (the cache drops an article's lists before the article)
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).body("data.id", contains(id));
        assertThat(ops(id)).containsExactly("created", "updated", "embargo_lifted");
    }

    @Test
    void shouldPublishAScheduledDraftByItself() {
        MovableClock clock = MovableClock.install();
        String tag = "p" + unique();
        Instant at = clock.ahead(Duration.ofHours(2));
        String id = draft("Ticking schedule " + tag, Map.of("tags", List.of(tag), "publishAt", at.toString())).path("id");
        hidden(id, tag);
        clock.set(at);
        eventually(2_000, () -> anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK));
        assertThat(ops(id)).containsExactly("created", "published");
    }
}
