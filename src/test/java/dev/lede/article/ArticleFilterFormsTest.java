package dev.lede.article;

import static dev.lede.article.ArticleFilters.BY_PEOPLE;
import static dev.lede.article.ArticleFilters.BY_SOURCES;
import static dev.lede.article.ArticleFilters.FEW_ENTITIES;
import static dev.lede.article.ArticleFilters.FEW_PEOPLE;
import static dev.lede.article.ArticleFilters.FEW_SOURCES;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.lede.platform.persistence.InLists;
import dev.lede.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The person, entity and source filters take one of two SQL forms depending on how many articles match
 * (ArticleFilters.FEW), in /v1/articles and in relation views: both must list the same articles in the same order,
 * bylines and credits included, and pages must chain.
 */
@QuarkusTest
class ArticleFilterFormsTest {
    private static void bulk(String body) {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .header("Authorization", "Bearer " + TEST_KEY).contentType("application/x-ndjson").body(body)
                .post("/v1/bulk").then().statusCode(OK).body("rejected", equalTo(0));
    }

    /**
     * Article i of the test, naming the person in the role. The wire publishes it, except the {@code rare} ones, on
     * which it is credited with the rare wire.
     */
    private static String article(String u, int i, String person, String role, boolean rare) {
        String refs = "byline".equals(role) ? "\"bylines\": [{\"person\": \"" + person + "\", \"role\": \"author\"}]"
                : "\"people\": [{\"person\": \"" + person + "\"}], \"entities\": [{\"entity\": \"place-" + u + "\"}]";
        refs += rare ? ", \"credits\": [{\"source\": \"wire-" + u + "\", \"role\": \"wire\"},"
                + " {\"source\": \"rare-wire-" + u + "\", \"role\": \"partner\"}]"
                : ", \"publisher\": \"wire-" + u + "\"";
        return String.format("{\"type\": \"article\", \"publish\": true, \"data\": {\"headline\": \"Forms %s %d\", \"language\": \"en\","
                + " \"publishedAt\": \"2024-01-01T00:%02d:%02dZ\", \"tags\": [\"forms-%s\"], %s}}\n", u, i, (i / 60) % 60, i % 60, u, refs);
    }

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    /** Every page of a list, following its cursors: the slugs in order. */
    private static List<String> slugs(String path, Map<String, String> query, int limit) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParams(query).queryParam("limit", limit).queryParam("fields", "slug");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(path).then().statusCode(OK).extract();
            slugs.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
        } while (cursor != null);
        return slugs;
    }

    @Test
    void shouldFindBylinesAndCreditsAndAgreeBetweenTheFewAndTheManyForms() {
        String u = unique();
        StringBuilder body = new StringBuilder()
                .append("{\"type\": \"person\", \"data\": {\"name\": \"Busy " + u + "\", \"slug\": \"busy-" + u + "\"}}\n")
                .append("{\"type\": \"person\", \"data\": {\"name\": \"Quiet " + u + "\", \"slug\": \"quiet-" + u + "\"}}\n")
                .append("{\"type\": \"entity\", \"data\": {\"name\": \"Place " + u + "\", \"kind\": \"place\", \"slug\": \"place-" + u + "\"}}\n")
                .append("{\"type\": \"source\", \"data\": {\"name\": \"Wire " + u + "\", \"kind\": \"wire_agency\", \"slug\": \"wire-" + u + "\"}}\n")
                .append("{\"type\": \"source\", \"data\": {\"name\": \"Rare Wire " + u + "\", \"kind\": \"wire_agency\", \"slug\": \"rare-wire-" + u + "\"}}\n");
        // The busy person is named in 9 of 10 articles and bylined on the tenth: 945 mentions and 105 bylines, many
        // only if the probe counts bylines too.
        int many = ArticleFilters.FEW + 50;
        for (int i = 0; i < many; i++) {
            body.append(article(u, i, "busy-" + u, i % 10 == 0 ? "byline" : "person", false));
        }
        body.append(article(u, many, "quiet-" + u, "byline", true)).append(article(u, many + 1, "quiet-" + u, "person", true));
        bulk(body.toString());
        List<String> quiet = List.of("forms-" + u + "-" + (many + 1), "forms-" + u + "-" + many);
        int named = many - (many + 9) / 10; // the busy articles that name the person (and the place)

        // People. Few: both of the quiet person's articles, the byline one included, newest first. Many: the busy
        // person's articles (people and bylines), in date order, every page chained.
        assertThat(walk("/v1/articles", Map.of("person", "quiet-" + u), 20, bound(FEW_PEOPLE, "people")))
                .containsExactlyElementsOf(quiet);
        List<String> busy = walk("/v1/articles", Map.of("person", "busy-" + u), 100, bound(BY_PEOPLE, "people"));
        assertThat(busy).hasSize(many).doesNotHaveDuplicates();
        assertThat(busy.get(0)).isEqualTo("forms-" + u + "-" + (many - 1));
        assertThat(busy.get(many - 1)).isEqualTo("forms-" + u + "-0");
        // Both people at once: the dense form, its list of ids spread.
        anonymous().queryParam("person", "busy-" + u, "quiet-" + u).queryParam("includeTotal", true).get("/v1/articles")
                .then().statusCode(OK).body("meta.total", equalTo(many + 2));
        // Entities: the place is named in the busy person's 945 mention articles and in one quiet one (few).
        assertThat(walk("/v1/articles", Map.of("entity", "place-" + u), 100, bound(FEW_ENTITIES, "entities")))
                .hasSize(named + 1);
        // Sources: the wire publishes the busy articles and is credited on the quiet ones (many: both branches); the
        // rare wire is credited on the quiet two (few).
        List<String> wire = walk("/v1/articles", Map.of("source", "wire-" + u), 100, bound(BY_SOURCES, "sources"));
        assertThat(wire).hasSize(many + 2).doesNotHaveDuplicates().containsAll(busy).containsAll(quiet);
        assertThat(walk("/v1/articles", Map.of("source", "rare-wire-" + u), 20, bound(FEW_SOURCES, "sources")))
                .containsExactlyElementsOf(quiet);

        // Relation views list the same articles and pick the same form: a rare person's view must not walk every
        // article in date order (it did, before relation views went through the few/many choice).
        assertThat(walk("/v1/people/quiet-" + u + "/articles", Map.of(), 20, bound(FEW_PEOPLE, "scope")))
                .containsExactlyElementsOf(quiet);
        assertThat(walk("/v1/people/busy-" + u + "/articles", Map.of(), 100, bound(BY_PEOPLE, "scope")))
                .containsExactlyElementsOf(busy);
        assertThat(walk("/v1/sources/wire-" + u + "/articles", Map.of(), 100, bound(BY_SOURCES, "scope")))
                .containsExactlyElementsOf(wire);
        assertThat(walk("/v1/sources/rare-wire-" + u + "/articles", Map.of(), 20, bound(FEW_SOURCES, "scope")))
                .containsExactlyElementsOf(quiet);
        // Filters narrow a relation view further, each in its own form.
        assertThat(walk("/v1/people/busy-" + u + "/articles", Map.of("entity", "place-" + u), 100,
                bound(BY_PEOPLE, "scope"), bound(FEW_ENTITIES, "entities"))).hasSize(named);
        assertThat(walk("/v1/sources/wire-" + u + "/articles", Map.of("person", "busy-" + u), 100,
                bound(BY_SOURCES, "scope"), bound(BY_PEOPLE, "people"))).containsExactlyElementsOf(busy);
        assertThat(walk("/v1/people/quiet-" + u + "/articles", Map.of("source", "rare-wire-" + u), 20,
                bound(FEW_PEOPLE, "scope"), bound(FEW_SOURCES, "sources"))).containsExactlyElementsOf(quiet);

        // The probe that chose the form read at most FEW + 1 entries of each table, though the wire has 1,050
        // articles: one UNION ALL read at an offset made H2 read every entry (41,671 for a popular person, whose
        // page then served 15 requests/s). Every kind's probe is built the same way (Kind.probe); the source's is the
        // one these data push past FEW in a single table.
        String wireId = anonymous().get("/v1/sources/{idOrSlug}", "wire-" + u).then().statusCode(OK).extract().path("id");
        assertProbeBounded(ArticleFilters.Scope.Kind.source, wireId, 2);
    }

    /**
     * Reads the probe's plan back from EXPLAIN ANALYZE. On H2, every step read at most FEW + 2 rows ("scanCount":
     * FEW + 1 index entries, and one more counted by the derived table around them). On PostgreSQL, whose
     * "actual rows" counts the rows a step returns (a bitmap scan returns all it found before the limit), each of
     * the probe's tables sits under a Limit. The id is inlined (a UUID read back from the API): EXPLAIN takes no
     * parameters on every database.
     */
    private void assertProbeBounded(ArticleFilters.Scope.Kind kind, String id, int tables) {
        String sql = InLists.expand(kind.probe, "ids", 1).replace(":ids_0", "'" + id + "'");
        boolean h2 = QuarkusTransaction.requiringNew().call(() ->
                em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName()).equals("H2"));
        List<?> lines = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                (h2 ? "explain analyze " : "explain (analyze, costs off, timing off) ") + sql).getResultList());
        String plan = lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        if (h2) {
            List<Long> reads = new ArrayList<>();
            Matcher matcher = Pattern.compile("scanCount: (\\d+)").matcher(plan);
            while (matcher.find()) {
                reads.add(Long.parseLong(matcher.group(1)));
            }
            assertThat(reads).as(plan).isNotEmpty()
                    .allSatisfy(read -> assertThat(read).isLessThanOrEqualTo(ArticleFilters.FEW + 2));
        } else {
            assertThat(Pattern.compile("->\\s+Limit").matcher(plan).results().count()).as(plan).isEqualTo(tables);
        }
    }

    /** A filter form of ArticleFilters with its parameter renamed, as ListQuery binds it. */
    private static String bound(String form, String parameter) {
        return form.replaceAll(":(people|entities|sources)\\b", ":" + parameter);
    }

    /**
     * Walks a list, and checks that its article query used each of the filter forms expected (JPQL fragments, whole:
     * a dense form differs from an OR of two EXISTS only after its first branch). InLists spreads a parameter into
     * {@code = :p_0} or {@code in (:p_0, ...)}; the executed text is read back as {@code in :p} before comparing.
     */
    private List<String> walk(String path, Map<String, String> query, int limit, String... forms) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<String> slugs = slugs(path, query, limit);
        List<String> executed = Arrays.stream(statistics.getQueries())
                .map(text -> text.replaceAll("in \\(:(\\w+)_0(, :\\w+)*\\)", "in :$1").replaceAll("= :(\\w+)_0\\b", "in :$1"))
                .toList();
        for (String form : forms) {
            assertThat(executed).as("the queries of " + path + " " + query).anyMatch(text -> text.contains(form));
        }
        return slugs;
    }

    /**
     * Several values of one filter mean any of them. The list is bound as single parameters, padded to a power of
     * two by repeating the last value (InLists): 1, 2, 3 (padded to 4) and 5 (padded to 8) values must each list
     * exactly the articles naming one of them.
     */
    @Test
    void shouldListTheArticlesOfAnyOfSeveralPeopleWhateverTheirNumber() {
        String u = unique();
        List<String> people = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String person = Fixtures.person("Several " + u + " " + i);
            people.add(person);
            slugs.add(Fixtures.published("Several " + u + " " + i, Map.of("publishedAt", "2024-02-0" + (i + 1) + "T00:00:00Z",
                    "people", List.of(Map.of("person", person)), "tags", List.of("several-" + u))).path("slug"));
        }
        for (int count : new int[] {1, 2, 3, 5}) {
            var request = anonymous().queryParam("tag", "several-" + u).queryParam("fields", "slug");
            people.subList(0, count).forEach(person -> request.queryParam("person", person));
            List<String> listed = request.get("/v1/articles").then().statusCode(OK).extract().path("data.slug");
            List<String> expected = new ArrayList<>(slugs.subList(0, count));
            Collections.reverse(expected); // newest first
            assertThat(listed).as(count + " people").containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldRefuseMoreThanAHundredValuesOfOneFilter() {
        var request = anonymous();
        for (int i = 0; i <= ArticleQuery.MAX_VALUES; i++) {
            request.queryParam("entity", "e" + i);
        }
        request.get("/v1/articles").then().statusCode(BAD_REQUEST).contentType("application/problem+json")
                .body("errors[0].field", equalTo("entity"))
                .body("errors[0].message", equalTo("at most 100 values, not 101"));
    }

    /** A filter takes an id, a slug or an old slug that redirects; a key that matches nothing is a 400 naming it. */
    @Test
    void shouldFilterByIdSlugOrOldSlugAndRefuseAnUnknownOne() {
        String u = unique();
        String id = Fixtures.person("Renamed " + u);
        String oldSlug = admin().get("/v1/people/{idOrSlug}", id).then().statusCode(OK).extract().path("slug");
        String slug = Fixtures.published("Renamed " + u, Map.of("people", List.of(Map.of("person", id)))).path("slug");
        String etag = admin().get("/v1/people/{idOrSlug}", id).then().extract().header("ETag");
        admin().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("slug", "renamed-again-" + u)).patch("/v1/people/{idOrSlug}", id).then().statusCode(OK);
        for (String key : List.of(id, "renamed-again-" + u, oldSlug)) {
            anonymous().queryParam("person", key).get("/v1/articles").then().statusCode(OK)
                    .body("data.slug", contains(slug));
        }
        anonymous().queryParam("person", oldSlug).queryParam("person", "nobody-" + u).get("/v1/articles")
                .then().statusCode(BAD_REQUEST).contentType("application/problem+json")
                .body("errors[0].field", equalTo("person"))
                .body("errors[0].message", equalTo("no person 'nobody-" + u + "'"));
    }
}
