package dev.lede.keys;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Entitlements filter in the queries, never by loading and testing each item in Java: a limited key's list, quote list
 * and change feed page cost the same statements for one article inside as for eight (with as many outside).
 */
@QuarkusTest
class EntitlementsStatementCountTest {
    @Inject SessionFactory sessionFactory;

    @Test
    void aLimitedKeysListsCostAFixedNumberOfStatements() {
        String u = unique();
        String publisher = source("Counted licence " + u, "publisher");
        Keys key = Keys.create(Map.of("scopes", List.of("partner"),
                "entitlements", Map.of("sources", List.of(publisher), "sections", List.of("world-" + u), "tags", List.of("a-" + u, "b-" + u))));
        String since = admin().queryParam("since", "now").get("/v1/changes").path("meta.nextCursor");
        make(u, "few-" + u, publisher, 1);
        String sinceMany = admin().queryParam("since", "now").get("/v1/changes").path("meta.nextCursor");
        make(u, "many-" + u, publisher, 8);
        key.request().get("/v1/sources").then().statusCode(200); // the key verified and cached

        for (String[] call : new String[][] {{"/v1/articles", "tag"}, {"/v1/quotes", null}}) {
            long few = statements(key, call[0], call[1] == null ? Map.of("q", "few" + u) : Map.of(call[1], "few-" + u), 1);
            long many = statements(key, call[0], call[1] == null ? Map.of("q", "many" + u) : Map.of(call[1], "many-" + u), 8);
            assertThat(many).as(call[0]).isEqualTo(few);
        }
        long few = statements(key, "/v1/changes", Map.of("since", since, "limit", "8", "include", "resource"), -1);
        long many = statements(key, "/v1/changes", Map.of("since", sinceMany, "limit", "8", "include", "resource"), -1);
        assertThat(few).as("the change feed's statements besides its embeds").isGreaterThan(0);
        assertThat(many).as("embeds are read per resource (a fixed number each), the page in one query").isLessThanOrEqualTo(few * 8 + 8);
    }

    /** {@code count} articles inside and as many outside (another section), each tagged and quoted. */
    private static void make(String u, String tag, String publisher, int count) {
        for (int i = 0; i < count; i++) {
            for (String section : List.of("world-" + u, "sport-" + u)) {
                String word = tag.replace("-" + u, u);
                String id = published("Counted " + word + " " + section + " " + i, Map.of("publisher", publisher, "section", section,
                        "tags", List.of(tag, "a-" + u))).path("id");
                admin().body(Map.of("text", "Quoted " + word + " " + i, "article", id)).post("/v1/quotes").then().statusCode(201);
            }
        }
    }

    /** The fewest statements of three calls: statistics are global, and a key's verification or last use may fall in one. */
    private long statements(Keys key, String path, Map<String, String> query, int expected) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            fewest = Math.min(fewest, once(key, path, query, expected));
        }
        return fewest;
    }

    private long once(Keys key, String path, Map<String, String> query, int expected) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        var page = key.request().queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
        if (expected >= 0) {
            assertThat(page.getList("data")).as(path + " " + query).hasSize(expected);
        }
        String[] queries = statistics.getQueries();
        long keys = Arrays.stream(queries).filter(q -> q.contains("ApiKey"))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
        return statistics.getPrepareStatementCount() - keys;
    }
}
