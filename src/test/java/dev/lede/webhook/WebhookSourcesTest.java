package dev.lede.webhook;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.lede.keys.Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A subscription narrowed to a source follows it: a merge moves it to the survivor, so it keeps being sent that
 * source's articles; a delete is refused while one names it (listed to an admin, counted to an editor), and a forced
 * delete leaves it naming the deleted source, so it is sent none of the articles it was never narrowed to.
 */
@QuarkusTest
class WebhookSourcesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aSubscriptionNarrowedToAMergedSourceIsSentTheSurvivorsArticles() throws Exception {
        String u = unique();
        String tag = "hooksrc-" + u;
        String duplicate = source("Hook Dup Wire " + u, "wire_agency");
        String survivor = source("Hook Main Wire " + u, "wire_agency");
        String survivorId = idOf(survivor);
        try (Receiver receiver = Receiver.started(); Hooks hooks = new Hooks()) {
            String hook = hooks.subscribe(receiver.url(), Map.of("source", duplicate, "tag", tag)).getString("id");

            Keys.withScopes("content:write").request().header("If-Match", "*").body(Map.of("duplicate", duplicate))
                    .post("/v1/sources/{s}/merge", survivor).then().statusCode(200);

            assertThat(Hooks.get(hook).getString("source")).isEqualTo(survivorId);
            String article = published("After merge " + u, Map.of("publisher", survivor, "tags", List.of(tag))).path("id");
            assertThat(Receiver.within(PATIENCE, () -> receiver.delivered().size() >= 1)).as("the survivor's article sent").isTrue();
            assertThat(JsonPath.from(receiver.delivered().get(0).text()).getString("data.id")).isEqualTo(article);
        }
    }

    @Test
    void deletingASourceASubscriptionNamesIsRefusedAndForceNeverWidensIt() throws Exception {
        String u = unique();
        String tag = "hookdel-" + u;
        String named = source("Hook Gone Wire " + u, "wire_agency");
        String namedId = idOf(named);
        String other = source("Hook Other Wire " + u, "wire_agency");
        try (Receiver narrowed = Receiver.started(); Receiver control = Receiver.started(); Hooks hooks = new Hooks()) {
            String hook = hooks.subscribe(narrowed.url(), Map.of("source", named, "tag", tag)).getString("id");
            hooks.subscribe(control.url(), Map.of("tag", tag));

            admin().header("If-Match", "*").delete("/v1/sources/{s}", named).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("1 webhooks"))
                    .body("references.webhooks", equalTo(1))
                    .body("referencedBy.webhooks[0].id", equalTo(hook));
            Keys.withScopes("content:write").request().header("If-Match", "*").delete("/v1/sources/{s}", named).then()
                    .statusCode(409).body("references.webhooks", equalTo(1)).body("referencedBy", nullValue())
                    .body(not(containsString(hook)));
            admin().get("/v1/sources/{s}", named).then().statusCode(200);

            admin().header("If-Match", "*").queryParam("force", true).delete("/v1/sources/{s}", named).then().statusCode(204);

            assertThat(Hooks.get(hook).getString("source")).as("keeps the deleted id").isEqualTo(namedId);
            String article = published("Other source " + u, Map.of("publisher", other, "tags", List.of(tag))).path("id");
            assertThat(Receiver.within(PATIENCE, () -> control.delivered().size() >= 1)).as("the control is sent it").isTrue();
            assertThat(JsonPath.from(control.delivered().get(0).text()).getString("data.id")).isEqualTo(article);
            Thread.sleep(1500); // both queues read the same events: anything sent to the narrowed one would be in by now
            assertThat(narrowed.delivered()).as("not widened to every source").isEmpty();
        }
    }

    private static String idOf(String sourceSlug) {
        return admin().get("/v1/sources/{s}", sourceSlug).then().statusCode(200).extract().path("id");
    }
}
