package dev.lede.keys;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The sources of keys' entitlements have a table of their own (V26 api_key_source), kept by the keys' write path: a
 * merge finds the keys naming the duplicate by that index and moves them in the same statements whether it moves two
 * keys or six, and the index follows every move (a second merge finds the keys under the survivor).
 */
@QuarkusTest
class KeySourceIndexTest {
    @Inject SessionFactory sessionFactory;
    @Inject EntityManager em;

    @Test
    void aMergeMovingSixKeysCostsTheStatementsOfOneMovingTwo() {
        long few = Long.MAX_VALUE;
        long many = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the fewest of three: statistics are global, a background poll may fall in one
            few = Math.min(few, merge(2));
            many = Math.min(many, merge(6));
        }
        assertThat(many).as("statements of a merge moving six keys").isEqualTo(few);
    }

    @Test
    void theIndexFollowsEveryMoveSoASecondMergeFindsTheKeysUnderTheSurvivor() {
        String u = unique();
        String first = source("First Wire " + u, "wire_agency");
        String second = source("Second Wire " + u, "wire_agency");
        String third = source("Third Wire " + u, "wire_agency");
        Keys one = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(first))));
        Keys both = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(first, second))));
        assertThat(indexed(one.id())).containsExactly(idOf(first));

        merge(first, second);
        assertThat(indexed(one.id())).containsExactly(idOf(second));
        assertThat(indexed(both.id())).as("named once").containsExactly(idOf(second));

        merge(second, third);
        for (Keys key : List.of(one, both)) {
            admin().get("/v1/keys/{id}", key.id()).then().statusCode(200).body("entitlements.sources", contains(idOf(third)));
            assertThat(indexed(key.id())).containsExactly(idOf(third));
        }
    }

    @Test
    void theMigrationIndexesKeysMadeBeforeIt() throws Exception {
        String u = unique();
        String named = source("Before Index Wire " + u, "wire_agency");
        String other = source("Other Index Wire " + u, "wire_agency");
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(named),
                "tags", List.of(idOf(other))))); // a tag spelling a source id: indexed, but the parsed list decides
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from api_key_source where key_id = ?1")
                .setParameter(1, key.id()).executeUpdate()); // as a key stored before V26

        String fill = fill();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(fill).executeUpdate());
        assertThat(indexed(key.id())).containsExactlyInAnyOrder(idOf(named), idOf(other));

        String survivor = source("After Index Wire " + u, "wire_agency");
        merge(named, survivor);
        admin().get("/v1/keys/{id}", key.id()).then().statusCode(200).body("entitlements.sources", contains(idOf(survivor)));
        String otherId = idOf(other);
        merge(other, survivor);
        admin().get("/v1/keys/{id}", key.id()).then().statusCode(200).body("entitlements.sources", contains(idOf(survivor)))
                .body("entitlements.tags", contains(otherId));
    }

    /** The INSERT of V26, as the migration ran it. */
    private static String fill() throws java.io.IOException {
        try (var in = KeySourceIndexTest.class.getResourceAsStream("/db/migration/V26__api_key_sources.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String insert = sql.substring(sql.indexOf("INSERT INTO api_key_source"));
            return insert.substring(0, insert.indexOf(';'));
        }
    }

    /** Statements of merging a duplicate named by {@code keys} keys (one of them naming the survivor too). */
    private long merge(int keys) {
        String u = unique();
        String duplicate = source("Counted Duplicate " + u, "wire_agency");
        String survivor = source("Counted Survivor " + u, "wire_agency");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            List<String> sources = i == 0 ? List.of(duplicate, survivor) : List.of(duplicate);
            made.add(Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", sources))).id());
        }
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        merge(duplicate, survivor);
        long statements = statistics.getPrepareStatementCount();
        for (String key : made) {
            assertThat(indexed(key)).containsExactly(idOf(survivor));
        }
        return statements;
    }

    private static void merge(String duplicate, String survivor) {
        admin().header("If-Match", "*").body(Map.of("duplicate", duplicate)).post("/v1/sources/{s}/merge", survivor)
                .then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private List<String> indexed(String keyId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select source_id from api_key_source where key_id = ?1 order by source_id").setParameter(1, keyId).getResultList());
    }

    private static String idOf(String slug) {
        return admin().get("/v1/sources/{s}", slug).then().statusCode(200).extract().path("id");
    }
}
