package dev.lede.platform.cache;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The purge hook: a committed write POSTs the keys it made stale to the configured URL, in the background. */
@QuarkusTest
@TestProfile(CdnProfile.class)
class CdnPurgeTest {

    @Test
    void aWithdrawalPurgesTheArticleAndTheListsItLeaves() throws InterruptedException {
        String publisher = source("Purged publisher " + unique(), "publisher");
        String publisherId = anonymous().get("/v1/sources/{idOrSlug}", publisher).then().extract().path("id");
        String person = person("Purged person " + unique());
        String personId = anonymous().get("/v1/people/{idOrSlug}", person).then().extract().path("id");
        String id = published("Purged " + unique(), Map.of("publisher", publisher,
                "people", List.of(Map.of("person", person)))).path("id");
        awaitPurge(keys -> keys.contains(id)); // the publication's
        int before = CdnProfile.RECEIVED.size();

        admin().header("If-Match", "*").body(Map.of("reason", "Legal")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        CdnProfile.Purge purge = awaitPurge(keys -> keys.contains(id), before);
        assertThat(purge.keys()).as("one commit's keys in one POST").contains(id, "articles", "articles:" + publisherId, "articles:" + personId, "quotes",
                SurrogateKeys.ANY_CHANGE);
        assertThat(purge.authorization()).isEqualTo("Bearer " + CdnProfile.TOKEN);
        assertThat(purge.contentType()).isEqualTo("application/json");
    }

    @Test
    void theKeysOfAReadAreTheKeysItsWritesPurge() throws InterruptedException {
        String name = "Renamed source " + unique();
        String slug = source(name, "publisher");
        String id = anonymous().get("/v1/sources/{idOrSlug}", slug).then().statusCode(OK).extract().path("id");
        String item = anonymous().get("/v1/sources/{idOrSlug}", slug).then().extract().header("Surrogate-Key");
        String list = anonymous().queryParam("q", name).get("/v1/sources").then().statusCode(OK).extract()
                .header("Surrogate-Key");
        assertThat(item.split(" ")).contains(id);
        assertThat(list.split(" ")).contains("sources", id);
        admin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("name", "Renamed again " + unique())).patch("/v1/sources/{idOrSlug}", slug).then().statusCode(OK);
        assertThat(awaitPurge(purged -> purged.contains(id)).keys()).contains(id, "sources");
    }

    @Test
    void aFailedPurgeIsRetriedAndTheWriteDoesNotWaitForIt() throws InterruptedException {
        String id = published("Retried " + unique(), Map.of()).path("id");
        awaitPurge(keys -> keys.contains(id));
        int attempts = CdnProfile.ATTEMPTS.get();
        CdnProfile.FAIL_NEXT.set(2);
        long started = System.nanoTime();
        admin().header("If-Match", "*").body(Map.of("reason", "Retried")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms the write took").isLessThan(2_000);
        int before = CdnProfile.RECEIVED.size();
        awaitPurge(keys -> keys.contains(id), before);
        assertThat(CdnProfile.ATTEMPTS.get() - attempts).isGreaterThanOrEqualTo(3);
    }

    @Test
    void eachKindHasItsOwnFreshness() {
        String id = published("Fresh " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .header("Cache-Control", "public, max-age=10, stale-while-revalidate=300");
        anonymous().get("/v1/articles").then().statusCode(OK)
                .header("Cache-Control", "public, max-age=20, stale-while-revalidate=0");
    }

    @Test
    void aResponseWhoseKeysDoNotFitNamesItsListsAndAnyChange() {
        String tag = "o" + unique();
        for (int i = 0; i < 8; i++) {
            published("Overflow " + tag + " " + i, Map.of("tags", List.of(tag)));
        }
        String keys = anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(OK).extract()
                .header("Surrogate-Key");
        assertThat(keys.length()).isLessThanOrEqualTo(300);
        assertThat(keys.split(" ")).containsExactlyInAnyOrder(SurrogateKeys.ALL, "articles", "articles:all",
                SurrogateKeys.ANY_CHANGE);
    }

    private static CdnProfile.Purge awaitPurge(Predicate<List<String>> matching) throws InterruptedException {
        return awaitPurge(matching, 0);
    }

    /** The first purge received from position {@code from} on whose keys match, waiting up to 10 s for it. */
    private static CdnProfile.Purge awaitPurge(Predicate<List<String>> matching, int from) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<CdnProfile.Purge> received = CdnProfile.RECEIVED;
            for (int i = from; i < received.size(); i++) {
                if (matching.test(received.get(i).keys())) {
                    return received.get(i);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no purge matched within 10 s; received " + CdnProfile.RECEIVED);
    }
}
