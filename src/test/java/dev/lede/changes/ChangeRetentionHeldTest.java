package dev.lede.changes;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.platform.persistence.Times;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retention never removes an event a webhook subscription has still to receive; deleting it releases them. */
@QuarkusTest
class ChangeRetentionHeldTest {
    @Inject
    ChangePruner pruner;

    @Test
    void shouldKeepEveryEventAfterALiveSubscriptionsCursor() throws Exception {
        // A receiver that never answers (nothing listens on port 9): the subscription stays at its first event.
        String hook = admin().body(Map.of("url", "http://127.0.0.1:9/held", "types", List.of("person"),
                "ops", List.of("created"))).post("/v1/webhooks").then().statusCode(201).extract().path("id");
        try {
            String cursor = admin().get("/v1/webhooks/{id}", hook).then().extract().path("cursor");
            person("Held " + unique());
            Thread.sleep(5);
            Instant cutoff = Times.now();
            pruner.prune(cutoff);
            anonymous().queryParam("since", cursor).get("/v1/changes").then().statusCode(200);
        } finally {
            admin().delete("/v1/webhooks/{id}", hook).then().statusCode(204);
        }
        String since = admin().get("/v1/changes?since=now").then().extract().path("meta.nextCursor");
        person("Released " + unique());
        Thread.sleep(5);
        assertThat(pruner.prune(Times.now())).as("once deleted, nothing is held").isPositive();
        anonymous().queryParam("since", since).get("/v1/changes").then().statusCode(410);
    }
}
