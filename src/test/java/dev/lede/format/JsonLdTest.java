package dev.lede.format;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** schema.org NewsArticle in JSON-LD, with what Google's article guidelines ask for. */
@QuarkusTest
class JsonLdTest {
    private static final String JSON_LD = "application/ld+json";

    @Test
    void anArticleIsANewsArticleWithAuthorsPublisherAndWhatItIsAbout() {
        String tag = unique();
        String pan = source("Pan LD " + tag, "publisher");
        String afp = source("Wire LD " + tag, "wire_agency");
        String author = person("Ana Writer " + tag);
        String kirby = person("Kirby " + tag);
        String russia = entity("Russia " + tag, "country");
        String acme = entity("Acme " + tag, "company");
        String house = entity("White House " + tag, "government_body");
        String id = published("Russia " + tag + " and drones", Map.ofEntries(Map.entry("standfirst", "Kirby " + tag + " spoke."),
                Map.entry("body", List.of("First paragraph.", "Second paragraph.")), Map.entry("publisher", pan),
                Map.entry("credits", List.of(Map.of("source", afp, "role", "wire"))),
                Map.entry("bylines", List.of(Map.of("person", author, "role", "author"))),
                Map.entry("people", List.of(Map.of("person", kirby))),
                Map.entry("entities", List.of(Map.of("entity", russia), Map.of("entity", acme), Map.of("entity", house))),
                Map.entry("image", Map.of("url", "https://img.example/ld.jpg", "credit", "Photo: AFP")),
                Map.entry("canonicalUrl", "https://news.example/ld-" + tag))).path("id");

        JsonPath ld = anonymous().accept(JSON_LD).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .contentType(JSON_LD).extract().jsonPath();

        assertThat(ld.getString("'@context'")).isEqualTo("https://schema.org");
        assertThat(ld.getString("'@type'")).isEqualTo("NewsArticle");
        assertThat(ld.getString("headline")).isEqualTo("Russia " + tag + " and drones");
        assertThat(Instant.parse(ld.getString("datePublished"))).isNotNull();
        assertThat(Instant.parse(ld.getString("dateModified"))).isNotNull();
        assertThat(ld.getString("url")).isEqualTo("https://news.example/ld-" + tag);
        assertThat(ld.getString("image.'@type'")).isEqualTo("ImageObject");
        assertThat(ld.getString("image.url")).isEqualTo("https://img.example/ld.jpg");
        assertThat(ld.getList("author.'@type'")).containsExactly("Person");
        assertThat(ld.getList("author.name")).containsExactly("Ana Writer " + tag);
        assertThat(ld.getString("publisher.'@type'")).isEqualTo("Organization");
        assertThat(ld.getString("publisher.name")).isEqualTo("Pan LD " + tag);
        // Named in the headline or standfirst: what it is about; named only in the body: what it mentions.
        assertThat(ld.getList("about.name")).containsExactlyInAnyOrder("Kirby " + tag, "Russia " + tag);
        assertThat(ld.getList("about.'@type'")).containsExactlyInAnyOrder("Person", "Country");
        assertThat(ld.getList("mentions.name")).containsExactly("Acme " + tag, "White House " + tag);
        assertThat(ld.getList("mentions.'@type'")).containsExactly("Corporation", "GovernmentOrganization");
        assertThat(ld.getString("isBasedOn[0].publisher.name")).isEqualTo("Wire LD " + tag);
        assertThat(ld.getString("inLanguage")).isEqualTo("en");
        assertThat(ld.getString("articleBody")).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(ld.getMap("$")).doesNotContainKey("correction");
    }

    @Test
    void anArticleWithoutOptionalPartsLeavesThemOutRatherThanNull() {
        String id = published("Bare " + unique(), Map.of()).path("id");
        Map<String, Object> ld = anonymous().accept(JSON_LD).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .extract().jsonPath().getMap("$");
        assertThat(ld).doesNotContainKeys("author", "publisher", "image", "about", "mentions", "isBasedOn", "url")
                .doesNotContainValue(null).containsKeys("headline", "datePublished", "dateModified", "inLanguage");
    }

    /** The lifecycle's members, read by name from the article's JSON once it has them (not yet served here). */
    @Test
    void anEmbargoAndCorrectionNoticesAreReadFromTheArticleAndCarriedByBothFormats() throws Exception {
        Extras extras = Extras.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"embargoUntil": "2030-01-01T06:00:00Z", "corrections": [
                  {"type": "clarification", "text": "The minister spoke on Friday.", "at": "2026-12-06T04:00:00Z"}]}"""));
        assertThat(extras.embargoUntil()).isEqualTo(Instant.parse("2030-01-01T06:00:00Z"));
        assertThat(JsonLdParts.corrections(extras)).singleElement().satisfies(notice -> assertThat(notice)
                .containsEntry("@type", "CorrectionComment").containsEntry("text", "The minister spoke on Friday.")
                .containsEntry("datePublished", Instant.parse("2026-12-06T04:00:00Z"))
                .containsEntry("name", "Clarification"));
        assertThat(Extras.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{}")))
                .isEqualTo(new Extras(null, List.of()));
    }
}
