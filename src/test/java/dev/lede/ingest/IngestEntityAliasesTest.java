package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 7 of the extraction through HTTP: a body named by its long official name and by a short form of it
 * (its initials, dotted or not; "the X Ministry" for "the Ministry of X Affairs") is stored once, with the short form
 * as an alias and the article linked to it once; two bodies that share a short form stay apart; a later page naming
 * only the short form links to the stored entity, by its alias or by the initials of its name.
 */
@QuarkusTest
class IngestEntityAliasesTest {

    @Inject
    CatalogNames catalog;

    /** A capitalised word of letters only, new to every run, starting with {@code initial}. */
    private static String word(char initial) {
        return initial + unique().chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
    }

    /** {@code n} capital letters, new to every run (the initials of a body the test names). */
    private static String initials(int n) {
        String u = unique();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('A' + u.charAt(u.length() - 1 - i) % 26));
        return b.toString();
    }

    /** A name of words starting with the letters of {@code acronym}, the last one {@code kindWord}. */
    private static String longName(String acronym, String kindWord) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < acronym.length() - 1; i++) b.append(word(acronym.charAt(i))).append(' ');
        return b.append(kindWord).toString();
    }

    private static JsonPath ingest(String page) {
        return asText().body(page).post(INGEST).then().statusCode(CREATED).extract().jsonPath();
    }

    private static Map<String, Object> entityNamed(JsonPath result, String name) {
        return result.getMap("entities.find { it.name == '" + name + "' }");
    }

    @Test
    void aLongNameAndItsShortFormsAreOneStoredEntityLinkedOnce() {
        String acronym = initials(3) + "P", party = longName(acronym, "Party");
        String dotted = acronym.replaceAll("(.)", "$1."), topic = word('T');
        String page = "Harbour council vote counted " + unique() + "\n\n"
                + "The " + party + " won the harbour vote on Monday, and the " + acronym + " said it would lead the council.\n\n"
                + "Observers said the " + dotted + " would keep its seats. The Ministry of " + topic + " Affairs said the "
                + topic + " Ministry would send a team to the count.\n";
        JsonPath result = ingest(page);
        List<String> names = result.getList("entities.name");
        assertThat(names).contains(party, "Ministry of " + topic + " Affairs")
                .doesNotContain(acronym, dotted, topic + " Ministry");
        Map<String, Object> stored = entityNamed(result, party);
        assertThat(stored.get("mentions")).isEqualTo(3);
        assertThat(stored.get("kind")).isEqualTo("political_party");
        String id = (String) stored.get("id");
        admin().get("/v1/entities/{idOrSlug}", id).then().statusCode(OK)
                .body("name", equalTo(party)).body("aliases", hasItems(acronym, dotted));
        admin().get("/v1/entities/{idOrSlug}", entityNamed(result, "Ministry of " + topic + " Affairs").get("id")).then()
                .statusCode(OK).body("aliases", hasItem(topic + " Ministry"));
        List<Map<String, Object>> linked = admin().get("/v1/articles/{idOrSlug}", result.getString("article.slug")).then()
                .statusCode(OK).extract().jsonPath().getList("entities.findAll { it.id == '" + id + "' }");
        assertThat(linked).hasSize(1);
        assertThat(linked.get(0).get("mentions")).isEqualTo(3);
    }

    @Test
    void twoBodiesThatShareAShortFormStayApart() {
        String topic = word('W'), works = word('R');
        String acronym = initials(2) + "P", one = longName(acronym, "Party"), other = longName(acronym, "Party");
        String page = "Two ministries split over the harbour " + unique() + "\n\n"
                + "The Ministry of " + topic + " Affairs of Norway said the harbour plan was sound, while the Ministry of "
                + topic + " Affairs of Chile said it needed more study. The " + topic + " Ministry said it would wait.\n\n"
                + "Norway's Ministry of " + works + " Works backed the plan and Chile's Ministry of " + works
                + " Works did not.\n\n"
                + "The " + one + " and the " + other + " both voted for it, and the " + acronym + " said it was pleased.\n";
        JsonPath result = ingest(page);
        String norway = "Ministry of " + topic + " Affairs of Norway", chile = "Ministry of " + topic + " Affairs of Chile";
        assertThat(result.getList("entities.name", String.class)).contains(norway, chile, one, other,
                "Ministry of " + works + " Works of Norway", "Ministry of " + works + " Works of Chile");
        for (String name : List.of(norway, chile)) {
            admin().get("/v1/entities/{idOrSlug}", entityNamed(result, name).get("id")).then().statusCode(OK)
                    .body("aliases", not(hasItem(topic + " Ministry")));
        }
        for (String name : List.of(one, other)) {
            admin().get("/v1/entities/{idOrSlug}", entityNamed(result, name).get("id")).then().statusCode(OK)
                    .body("aliases", not(hasItem(acronym)));
        }
    }

    @Test
    void aLaterPageNamingOnlyTheShortFormLinksToTheStoredEntity() {
        String acronym = initials(3) + "P", party = longName(acronym, "Party");
        String first = ingest("Harbour council vote counted " + unique() + "\n\n"
                + "The " + party + " won the harbour vote on Monday, and the " + acronym + " said it would lead the council.\n")
                .getString("entities.find { it.name == '" + party + "' }.id");
        JsonPath later = ingest("Harbour council meets again " + unique() + "\n\n"
                + "The council met on Tuesday, and the " + acronym + " said the harbour plan would go ahead.\n");
        assertThat(later.getList("entities.id", String.class)).contains(first);
        assertThat(later.getBoolean("entities.find { it.id == '" + first + "' }.new")).isFalse();

        // a body the catalog holds by its long name only: a page naming it by its initials links to it
        String alliance = initials(3) + "A", name = longName(alliance, "Alliance");
        String slug = entity(name, "organization");
        String id = admin().get("/v1/entities/{idOrSlug}", slug).then().statusCode(OK).extract().path("id");
        catalog.refreshNow();
        JsonPath byInitials = ingest("Harbour alliance joins the talks " + unique() + "\n\n"
                + "The harbour talks widened on Wednesday, and the " + alliance + " said it would join them.\n");
        assertThat(byInitials.getList("entities.id", String.class)).contains(id);
        assertThat(byInitials.getList("entities.name", String.class)).doesNotContain(alliance);
    }
}
