package dev.lede.discovery;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.refusesParameter;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/people/{idOrSlug}/related} and {@code /v1/entities/{idOrSlug}/related}. */
@QuarkusTest
class RelatedTest {
    private static final String PERSON_RELATED = "/v1/people/{idOrSlug}/related";
    private static final String ENTITY_RELATED = "/v1/entities/{idOrSlug}/related";

    @Inject
    SessionFactory sessionFactory;

    /** A published article naming these people and entities, published at {@code at} (or now when null). */
    private static void article(String tag, List<String> people, List<String> entities, String at) {
        Map<String, Object> extra = new java.util.HashMap<>();
        extra.put("people", people.stream().map(p -> Map.of("person", p)).toList());
        extra.put("entities", entities.stream().map(e -> Map.of("entity", e)).toList());
        if (at != null) {
            extra.put("publishedAt", at);
        }
        published("Related " + tag + " " + unique(), extra);
    }

    @Test
    void shouldListRussiaAndJohnKirbyForIran() {
        anonymous().get(ENTITY_RELATED, "iran").then().statusCode(OK)
                .body("data.slug", hasItems("russia", "john-kirby"))
                .body("data.find { it.slug == 'russia' }.type", equalTo("entity"))
                .body("data.find { it.slug == 'john-kirby' }.type", equalTo("person"))
                .body("data.find { it.slug == 'john-kirby' }.name", equalTo("John Kirby"));
    }

    @Test
    void shouldDiscountTheUbiquitous() {
        String tag = unique();
        String subject = person("Subject " + tag);
        String focus = entity("Focus " + tag, "place");
        String everywhere = entity("Everywhere " + tag, "country");
        for (int i = 0; i < 3; i++) {
            article(tag, List.of(subject), List.of(focus, everywhere), null);
        }
        article(tag, List.of(subject), List.of(everywhere), null);
        for (int i = 0; i < 8; i++) {
            article(tag, List.of(), List.of(everywhere), null);
        }
        // Everywhere shares 4 articles with the subject, Focus 3; but Focus is named nowhere else: 3/4 against 4/12.
        anonymous().get(PERSON_RELATED, subject).then().statusCode(OK)
                .body("data.slug", contains(focus, everywhere))
                .body("data.coMentions", contains(3, 4))
                .body("data.score", contains(0.75f, 0.3333f));
    }

    @Test
    void shouldListARareNameWithAHighScoreBeyondHundredsMoreCoMentioned() {
        String tag = unique();
        String subject = person("Crowded " + tag);
        List<String> common = new ArrayList<>();
        for (int i = 0; i < CoMentions.CANDIDATES + 1; i++) {
            common.add(person("Common " + tag + " " + i));
        }
        String rare = person("Rare " + tag);
        // Named with the subject once each, like the rare one; but each also once elsewhere: 1/3 against 1/2.
        article(tag, concat(subject, common.subList(0, 199), null), List.of(), null);
        article(tag, concat(subject, common.subList(199, common.size()), rare), List.of(), null);
        article(tag, common.subList(0, 200), List.of(), null);
        article(tag, common.subList(200, common.size()), List.of(), null);
        anonymous().queryParam("limit", 3).get(PERSON_RELATED, subject).then().statusCode(OK)
                .body("data.slug[0]", equalTo(rare))
                .body("data.coMentions", contains(1, 1, 1))
                .body("data.score", contains(0.5f, 0.3333f, 0.3333f));
    }

    private static List<String> concat(String first, List<String> middle, String last) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(middle);
        if (last != null) {
            all.add(last);
        }
        return all;
    }

    @Test
    void shouldOrderNamesTiedAtTheEndOfThePageByName() {
        String tag = unique();
        String subject = entity("Tied " + tag, "place");
        List<String> people = List.of(person("Delta " + tag), person("Bravo " + tag), person("Charlie " + tag), person("Alpha " + tag));
        article(tag, people, List.of(subject), null);
        anonymous().queryParam("limit", 2).get(ENTITY_RELATED, subject).then().statusCode(OK)
                .body("data.name", contains("Alpha " + tag, "Bravo " + tag))
                .body("data.score", contains(1.0f, 1.0f));
    }

    @Test
    void shouldCountOnlyTheDateWindow() {
        String tag = unique();
        String subject = entity("Windowed " + tag, "place");
        String before = person("Before " + tag);
        String after = person("After " + tag);
        article(tag, List.of(before), List.of(subject), "2021-05-01T10:00:00Z");
        article(tag, List.of(after), List.of(subject), "2023-05-01T10:00:00Z");
        anonymous().get(ENTITY_RELATED, subject).then().statusCode(OK).body("data.slug", hasItems(before, after));
        anonymous().queryParam("publishedAfter", "2022-01-01T00:00:00Z").get(ENTITY_RELATED, subject).then().statusCode(OK)
                .body("data.slug", contains(after)).body("data[0].score", equalTo(1.0f));
        anonymous().queryParam("publishedBefore", "2022-01-01").get(ENTITY_RELATED, subject).then().statusCode(OK)
                .body("data.slug", contains(before));
        anonymous().queryParam("publishedAfter", "2021-06-01").queryParam("publishedBefore", "2023-01-01")
                .get(ENTITY_RELATED, subject).then().statusCode(OK).body("data", empty());
    }

    @Test
    void shouldLimitTheList() {
        String tag = unique();
        String subject = person("Limited " + tag);
        article(tag, List.of(subject, person("One " + tag), person("Two " + tag)), List.of(entity("Three " + tag, "place")), null);
        anonymous().queryParam("limit", 2).get(PERSON_RELATED, subject).then().statusCode(OK).body("data.size()", equalTo(2));
    }

    @Test
    void shouldServeAFreshListOnceAnArticleChangesAndOnceARelatedNameChanges() {
        String tag = unique();
        String subject = person("Cached " + tag);
        String first = entity("First " + tag, "place");
        article(tag, List.of(subject), List.of(first), null);
        anonymous().get(PERSON_RELATED, subject).then().statusCode(OK).body("data.slug", contains(first));
        String second = entity("Second " + tag, "place");
        article(tag, List.of(subject), List.of(second), null);
        anonymous().get(PERSON_RELATED, subject).then().statusCode(OK).body("data.slug", hasItems(first, second));
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("name", "Renamed " + tag))
                .patch("/v1/entities/{idOrSlug}", first).then().statusCode(OK);
        anonymous().get(PERSON_RELATED, subject).then().statusCode(OK).body("data.name", hasItems("Renamed " + tag, "Second " + tag));
    }

    @Test
    void shouldRedirectAnOldSlug() {
        String tag = unique();
        String old = person("Mover " + tag);
        admin().header("If-Match", "*").contentType("application/merge-patch+json").body(Map.of("slug", "moved-" + tag))
                .patch("/v1/people/{idOrSlug}", old).then().statusCode(OK);
        anonymous().redirects().follow(false).get(PERSON_RELATED, old).then().statusCode(MOVED_PERMANENTLY)
                .header("Location", endsWith("/v1/people/moved-" + tag + "/related"));
    }

    @Test
    void shouldAnswer404ForAnUnknownPersonOrEntity() {
        String tag = unique();
        anonymous().get(PERSON_RELATED, "no-such-" + tag).then().statusCode(NOT_FOUND)
                .contentType("application/problem+json");
        anonymous().get(ENTITY_RELATED, "no-such-" + tag).then().statusCode(NOT_FOUND)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        String path = "/v1/entities/iran/related";
        refusesParameter(path, "limit", "0");
        refusesParameter(path, "limit", "101");
        refusesParameter(path, "limit", "many");
        refusesParameter(path, "publishedAfter", "yesterday");
        refusesParameter(path, "publishedBefore", "2022-13-01");
    }

    @Test
    void shouldRunAsManyStatementsForManyRelatedAsForOne() {
        String tag = unique();
        String few = person("Few " + tag);
        article(tag, List.of(few, person("Only " + tag)), List.of(entity("Lone " + tag, "place")), null);
        String many = person("Many " + tag);
        List<String> people = new ArrayList<>(List.of(many));
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(person("Other " + tag + " " + i));
            entities.add(entity("Place " + tag + " " + i, "place"));
        }
        article(tag, people, entities, null);
        article(tag, people.subList(0, 4), entities.subList(0, 3), null);
        assertThat(statements(many, 12)).as("statements for 12 related vs 2").isEqualTo(statements(few, 2));
    }

    private long statements(String person, int expected) {
        sessionFactory.getStatistics().clear();
        admin().queryParam("limit", 100).get(PERSON_RELATED, person).then().statusCode(OK).body("data.size()", equalTo(expected));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
