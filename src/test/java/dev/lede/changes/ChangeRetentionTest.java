package dev.lede.changes;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.lede.platform.persistence.Times;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events older than the retention are removed; a cursor from before them answers 410 saying how to resynchronise. */
@QuarkusTest
class ChangeRetentionTest {
    @Inject
    ChangePruner pruner;

    @Inject
    javax.sql.DataSource dataSource;

    /** Pruning looks for the first event written at or after the cutoff: a range of this index, not a scan (V21). */
    @Test
    void shouldHaveAnIndexThatPruningFindsItsBoundBy() throws Exception {
        List<String> leading = new java.util.ArrayList<>();
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "change_event", false, false)) {
            while (indexes.next()) {
                if (indexes.getShort("ORDINAL_POSITION") == 1) {
                    leading.add(indexes.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(leading).contains("occurred_at");
    }

    @Test
    void shouldAnswer410ToACursorOlderThanTheOldestKeptEvent() throws Exception {
        String before = Feed.now();
        String old = anonymous().get("/v1/people/{slug}", person("Retention Old " + unique())).then().extract().path("id");
        Feed.Event oldEvent = Feed.about(Feed.all(Feed.as(false), before, 100, "person").events(), List.of(old)).get(0);
        Thread.sleep(5);
        Instant cutoff = Times.now();
        Thread.sleep(5);
        String kept = anonymous().get("/v1/people/{slug}", person("Retention Kept " + unique())).then().extract().path("id");

        assertThat(pruner.prune(cutoff)).as("events removed").isGreaterThan(0);

        anonymous().queryParam("since", before).get("/v1/changes").then().statusCode(410)
                .contentType("application/problem+json").body("errors[0].field", equalTo("since"))
                .body("detail", containsString("updatedSince")).body("oldestCursor", equalTo(oldEvent.cursor()));
        List<Feed.Event> rest = Feed.all(Feed.as(false), oldEvent.cursor(), 100, "person").events();
        assertThat(rest).extracting(Feed.Event::id).contains(kept).doesNotContain(old);
        List<Feed.Event> fromStart = Feed.all(Feed.as(true), null, 1000, null).events();
        assertThat(fromStart.get(0).seq()).as("the beginning is the oldest kept event").isEqualTo(oldEvent.seq() + 1);
        assertThat(pruner.prune(cutoff)).as("pruning again removes nothing").isZero();
    }
}
