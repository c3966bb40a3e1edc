package dev.lede.article;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Never N+1: the SQL statements of a list request must not grow with its size or with what it embeds per item.
 * Counted with Hibernate statistics (on in the test profile).
 */
@QuarkusTest
class ArticleStatementCountTest {
    private static final String ALL = "people,entities,source,credits,bylines,quotes";

    @Inject
    SessionFactory sessionFactory;

    private String tag;
    private String publisher;

    @BeforeEach
    void createTwelveRichArticles() {
        tag = "n" + unique();
        publisher = source("Count Publisher " + tag, "publisher");
        String wire = source("Count Wire " + tag, "wire_agency");
        for (int i = 0; i < 12; i++) {
            source("Count Source " + tag + " " + i, "other", "CS" + i);
            String person = person("Count Person " + tag + " " + i, "Alias" + i);
            String author = person("Count Author " + tag + " " + i);
            String place = entity("Count Place " + tag + " " + i, "place");
            String id = published("Count " + tag + " " + i, Map.of("tags", List.of(tag, "t" + i),
                    "body", List.of("Count Person " + tag + " " + i + " visited Count Place " + tag + " " + i + "."),
                    "publisher", publisher, "credits", List.of(Map.of("source", wire, "role", "wire")),
                    "bylines", List.of(Map.of("person", author, "role", "author")),
                    "people", List.of(Map.of("person", person)), "entities", List.of(Map.of("entity", place)))).path("id");
            admin().body(Map.of("text", "visited", "article", id, "speaker", Map.of("type", "person", "id", person)))
                    .post("/v1/quotes").then().statusCode(CREATED);
        }
    }

    @Test
    void shouldRunAsManyStatementsForTwelveArticlesAsForTwo() {
        long two = statementsFor(2, ALL);
        long twelve = statementsFor(12, ALL);
        assertThat(twelve).as("statements for 12 items vs 2 items").isEqualTo(two);
    }

    @Test
    void shouldRunAsManyStatementsWithASourceFilterWhateverTheLimit() {
        long small = statementsFor(2, ALL, "source", publisher);
        long large = statementsFor(12, ALL, "source", publisher);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void shouldAddAtMostOneStatementPerKindOfEmbed() {
        long none = statementsFor(12, "people");
        long all = statementsFor(12, ALL);
        assertThat(all - none).as("one projection query per extra kind of embed").isLessThanOrEqualTo(5);
    }

    /**
     * Bodies live in their own table (V29) and are read only when asked for: fields=body adds one statement for the
     * whole page (the page's body rows in one batch), whatever the page size, and the page shows every body.
     */
    @Test
    void shouldReadAPageOfBodiesInOneStatement() {
        long without = statementsFor(12, "people");
        assertThat(bodiesLoaded()).as("bodies read for a page without them").isZero();
        long two = statementsFor(2, "people", "fields", "id,body,people");
        long twelve = statementsFor(12, "people", "fields", "id,body,people");
        assertThat(twelve).as("statements for 12 bodies vs 2").isEqualTo(two);
        assertThat(twelve - without).as("one statement for the page's bodies").isEqualTo(1);
        assertThat(bodiesLoaded()).as("bodies read for a page of 12 with them").isEqualTo(12);
        anonymous().queryParam("tag", tag).queryParam("limit", 12).queryParam("fields", "id,body").get("/v1/articles")
                .then().statusCode(OK).body("data.body.flatten()", hasSize(12))
                .body("data[0].body[0]", containsString("visited Count Place " + tag));
    }

    @Test
    void shouldBoundRelationViewsToo() {
        assertThat(relation(12)).isEqualTo(relation(2));
    }

    /**
     * Hibernate caches the SQL translation of a query text, except for a query with a parameter that may take a list
     * (see InLists): translating it again at each execution cost more than running it. Hibernate counts a "plan
     * cache hit" for the parsed text and another for the cached translation, so a query translated once hits twice
     * per execution, and one translated again each time hits once.
     */
    @Test
    void shouldTranslateEachQueryOnlyOnce() {
        String slug = admin().queryParam("tag", tag).queryParam("limit", 1).get("/v1/articles").then().statusCode(OK)
                .extract().path("data[0].slug");
        Runnable reads = () -> {
            admin().queryParam("include", ALL).get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK);
            admin().queryParam("tag", tag).queryParam("limit", 12).queryParam("include", ALL).get("/v1/articles")
                    .then().statusCode(OK).body("data", hasSize(12));
            admin().queryParam("source", publisher).queryParam("limit", 3).get("/v1/articles").then().statusCode(OK);
        };
        reads.run();
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        reads.run();
        assertThat(statistics.getQueries()).hasSizeGreaterThan(10);
        for (String query : statistics.getQueries()) {
            var executed = statistics.getQueryStatistics(query);
            // The filters' probes are SQL: nothing to translate, one hit for their parsed parameters.
            int hitsPerExecution = isProbe(query) ? 1 : 2;
            assertThat(executed.getPlanCacheHitCount()).as("translations served from the cache for: " + query)
                    .isEqualTo(hitsPerExecution * executed.getExecutionCount());
        }
    }

    private static boolean isProbe(String sql) {
        return Arrays.stream(ArticleFilters.Scope.Kind.values())
                .anyMatch(kind -> sql.startsWith(kind.probe.substring(0, kind.probe.indexOf(" in :"))));
    }

    /** A read flushes nothing: no check of what it loaded for changes, before its queries or at its end. */
    @Test
    void shouldReadWithoutFlushing() {
        String slug = admin().queryParam("tag", tag).queryParam("limit", 1).get("/v1/articles").then().statusCode(OK)
                .extract().path("data[0].slug");
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        admin().queryParam("include", ALL).get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK);
        admin().queryParam("tag", tag).queryParam("include", ALL).get("/v1/articles").then().statusCode(OK);
        anonymous().get("/v1/sources/{idOrSlug}", publisher).then().statusCode(OK);
        anonymous().get("/v1/articles/{idOrSlug}", "no-such-" + tag).then().statusCode(NOT_FOUND);
        assertThat(statistics.getFlushCount()).as("flushes").isZero();
        assertThat(statistics.getTransactionCount()).as("transactions").isEqualTo(4);
        // Committed, not rolled back, except the 404's: H2 served uncached reads 2 to 5 times slower when every read
        // transaction ended in a rollback (benchmark of 28 Nov).
        assertThat(statistics.getSuccessfulTransactionCount()).as("committed").isEqualTo(3);
    }

    private long bodiesLoaded() {
        return sessionFactory.getStatistics().getEntityStatistics(ArticleBody.class.getName()).getLoadCount();
    }

    private long relation(int limit) {
        sessionFactory.getStatistics().clear();
        anonymous().queryParam("limit", limit).queryParam("include", ALL).get("/v1/sources/{idOrSlug}/articles", publisher)
                .then().statusCode(OK).body("data", hasSize(limit));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void shouldBoundTheQuoteAndSourceListsToo() {
        assertThat(count("/v1/quotes", null, 12)).isEqualTo(count("/v1/quotes", null, 2));
        assertThat(count("/v1/sources", "Count Source " + tag, 12)).isEqualTo(count("/v1/sources", "Count Source " + tag, 2));
        assertThat(count("/v1/people", "Count Person " + tag, 12)).isEqualTo(count("/v1/people", "Count Person " + tag, 2));
        assertThat(count("/v1/entities", "Count Place " + tag, 12)).isEqualTo(count("/v1/entities", "Count Place " + tag, 2));
    }

    private long statementsFor(int limit, String include, String... filter) {
        List<Object> params = new ArrayList<>(List.of("tag", tag, "limit", limit, "include", include));
        params.addAll(List.of((Object[]) filter));
        var request = anonymous();
        for (int i = 0; i < params.size(); i += 2) {
            request.queryParam((String) params.get(i), params.get(i + 1));
        }
        sessionFactory.getStatistics().clear();
        request.get("/v1/articles").then().statusCode(OK).body("data", hasSize(limit));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private long count(String path, String prefix, int limit) {
        var request = anonymous().queryParam("limit", limit);
        if (prefix != null) {
            request.queryParam("q", prefix);
        }
        sessionFactory.getStatistics().clear();
        request.get(path).then().statusCode(OK).body("data", hasSize(limit));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
