package dev.lede.article;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.lede.support.Fixtures;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The person and entity filters take one of two SQL forms depending on how many articles match (ArticleFilters.FEW):
 * both must list the same articles in the same order, bylines included, and pages must chain.
 */
@QuarkusTest
class ArticleFilterFormsTest {
    private static void bulk(String body) {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .header("Authorization", "Bearer " + TEST_KEY).contentType("application/x-ndjson").body(body)
                .post("/v1/bulk").then().statusCode(200).body("rejected", equalTo(0));
    }

    private static String article(String u, int i, String person, String role) {
        String refs = "byline".equals(role) ? "\"bylines\": [{\"person\": \"" + person + "\", \"role\": \"author\"}]"
                : "\"people\": [{\"person\": \"" + person + "\"}], \"entities\": [{\"entity\": \"place-" + u + "\"}]";
        // The wire publishes one article in three and is credited on the others, the quiet ones included.
        refs += i % 3 == 0 ? ", \"publisher\": \"wire-" + u + "\"" : ", \"credits\": [{\"source\": \"wire-" + u + "\", \"role\": \"wire\"}]";
        return String.format("{\"type\": \"article\", \"publish\": true, \"data\": {\"headline\": \"Forms %s %d\", \"language\": \"en\","
                + " \"publishedAt\": \"2024-01-01T00:%02d:%02dZ\", \"tags\": [\"forms-%s\"], %s}}\n", u, i, (i / 60) % 60, i % 60, u, refs);
    }

    @Inject
    SessionFactory sessionFactory;

    private static List<String> walk(String param, String value, int limit) {
        return walk("/v1/articles", Map.of(param, value), limit);
    }

    private static List<String> walk(String path, Map<String, String> query, int limit) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParams(query).queryParam("limit", limit).queryParam("fields", "slug");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(path).then().statusCode(200).extract();
            slugs.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
        } while (cursor != null);
        return slugs;
    }

    @Test
    void shouldFindBylinesAndAgreeBetweenTheFewAndTheManyForms() {
        String u = unique();
        StringBuilder body = new StringBuilder()
                .append("{\"type\": \"person\", \"data\": {\"name\": \"Busy " + u + "\", \"slug\": \"busy-" + u + "\"}}\n")
                .append("{\"type\": \"person\", \"data\": {\"name\": \"Quiet " + u + "\", \"slug\": \"quiet-" + u + "\"}}\n")
                .append("{\"type\": \"entity\", \"data\": {\"name\": \"Place " + u + "\", \"kind\": \"place\", \"slug\": \"place-" + u + "\"}}\n")
                .append("{\"type\": \"source\", \"data\": {\"name\": \"Wire " + u + "\", \"kind\": \"wire_agency\", \"slug\": \"wire-" + u + "\"}}\n");
        // One article in ten names the busy person as a byline only; the probe counts people mentions, so the
        // other nine in ten must exceed FEW for the many form.
        int many = ArticleFilters.FEW + ArticleFilters.FEW / 10 + 20;
        for (int i = 0; i < many; i++) {
            body.append(article(u, i, "busy-" + u, i % 10 == 0 ? "byline" : "person"));
        }
        body.append(article(u, many, "quiet-" + u, "byline")).append(article(u, many + 1, "quiet-" + u, "person"));
        bulk(body.toString());

        // Few: both of the quiet person's articles, the byline one included, newest first.
        assertThat(walk("person", "quiet-" + u, 20)).containsExactly("forms-" + u + "-" + (many + 1), "forms-" + u + "-" + many);
        // Many: the busy person's articles (people and bylines), in date order, every page chained.
        List<String> busy = walk("person", "busy-" + u, 100);
        assertThat(busy).hasSize(many).doesNotHaveDuplicates();
        assertThat(busy.get(0)).isEqualTo("forms-" + u + "-" + (many - 1));
        assertThat(busy.get(many - 1)).isEqualTo("forms-" + u + "-0");
        // Both people at once: the dense form (the busy person has more than FEW), its list of ids spread.
        anonymous().queryParam("person", "busy-" + u, "quiet-" + u).queryParam("includeTotal", true).get("/v1/articles")
                .then().statusCode(200).body("meta.total", equalTo(many + 2));
        // Entities: the place is named in 9 of 10 busy articles and in the quiet one (1,008 + 1: the many form).
        assertThat(walk("entity", "place-" + u, 100)).hasSize(many - (many + 9) / 10 + 1);

        // Sources: the wire's articles, published or credited, whichever form (the quiet two are few; all are many).
        List<String> wire = walk("source", "wire-" + u, 100);
        assertThat(wire).hasSize(many + 2).doesNotHaveDuplicates().containsAll(busy);
        assertThat(walkWithForm("/v1/articles", Map.of("source", "wire-" + u, "person", "quiet-" + u), 20, ArticleFilters.FEW_PEOPLE))
                .containsExactly("forms-" + u + "-" + (many + 1), "forms-" + u + "-" + many);
        assertThat(walkWithForm("/v1/sources/wire-" + u + "/articles", Map.of(), 100, ArticleFilters.BY_SOURCES))
                .containsExactlyElementsOf(wire);

        // Relation views list the same articles, and pick the same form: a rare person's view must not walk every
        // article in date order (it did, before relation views went through the few/many choice).
        assertThat(walkWithForm("/v1/people/quiet-" + u + "/articles", Map.of(), 20, ArticleFilters.FEW_PEOPLE))
                .containsExactly("forms-" + u + "-" + (many + 1), "forms-" + u + "-" + many);
        assertThat(walkWithForm("/v1/people/busy-" + u + "/articles", Map.of(), 100, ArticleFilters.BY_PEOPLE))
                .containsExactlyElementsOf(busy);
        // A filter narrows a relation view further: the busy person's articles that also name the place.
        assertThat(walkWithForm("/v1/people/busy-" + u + "/articles", Map.of("entity", "place-" + u), 100, ArticleFilters.BY_PEOPLE))
                .hasSize(many - (many + 9) / 10);
    }

    /** Walks a list, and checks that its article query used the filter form (the fragment of JPQL) expected. */
    private List<String> walkWithForm(String path, Map<String, String> query, int limit, String form) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<String> slugs = walk(path, query, limit);
        String marker = form.substring(0, form.indexOf(" in :")); // the parameter is spread into :scope_0 ..
        assertThat(statistics.getQueries()).as("the queries of " + path).anyMatch(executed -> executed.contains(marker));
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
            List<String> listed = request.get("/v1/articles").then().statusCode(200).extract().path("data.slug");
            List<String> expected = new ArrayList<>(slugs.subList(0, count));
            Collections.reverse(expected); // newest first
            assertThat(listed).as(count + " people").containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldRefuseMoreThanAHundredValuesOfOneFilter() {
        var request = anonymous();
        for (int i = 0; i <= ArticleFilters.MAX_VALUES; i++) {
            request.queryParam("entity", "e" + i);
        }
        request.get("/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("entity"))
                .body("errors[0].message", equalTo("at most 100 values, not 101"));
    }

    /** A filter takes an id, a slug or an old slug that redirects; a key that matches nothing is a 400 naming it. */
    @Test
    void shouldFilterByIdSlugOrOldSlugAndRefuseAnUnknownOne() {
        String u = unique();
        String id = Fixtures.person("Renamed " + u);
        String oldSlug = admin().get("/v1/people/" + id).then().statusCode(200).extract().path("slug");
        String slug = Fixtures.published("Renamed " + u, Map.of("people", List.of(Map.of("person", id)))).path("slug");
        String etag = admin().get("/v1/people/" + id).then().extract().header("ETag");
        admin().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("slug", "renamed-again-" + u)).patch("/v1/people/" + id).then().statusCode(200);
        for (String key : List.of(id, "renamed-again-" + u, oldSlug)) {
            anonymous().queryParam("person", key).get("/v1/articles").then().statusCode(200)
                    .body("data.slug", contains(slug));
        }
        anonymous().queryParam("person", oldSlug).queryParam("person", "nobody-" + u).get("/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("person"))
                .body("errors[0].message", equalTo("no person 'nobody-" + u + "'"));
    }
}
