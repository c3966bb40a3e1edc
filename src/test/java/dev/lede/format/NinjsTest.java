package dev.lede.format;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.GONE;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IPTC ninjs 2.2 for one article and for lists: what partners' systems import, valid against IPTC's schema. */
@QuarkusTest
class NinjsTest {
    private static final String NINJS = "application/ninjs+json";

    @Test
    void anArticleIsValidNinjsWithItsPeopleOrganisationsPlacesAndSources() {
        String tag = unique();
        String pan = source("Pan " + tag, "publisher");
        String afp = source("Wire " + tag, "wire_agency");
        String author = person("Ana Reporter " + tag);
        String kirby = person("John Kirby " + tag);
        String russia = entity("Russia " + tag, "country");
        String acme = entity("Acme " + tag, "company");
        String drones = entity("Drones " + tag, "other");
        String id = published("Ninjs " + tag, Map.ofEntries(Map.entry("standfirst", "The dek."),
                Map.entry("body", List.of("Kirby said <drones> & more.", "Second.")), Map.entry("section", "world"),
                Map.entry("tags", List.of("iran")), Map.entry("publisher", pan),
                Map.entry("credits", List.of(Map.of("source", afp, "role", "wire"))),
                Map.entry("bylines", List.of(Map.of("person", author, "role", "author"))),
                Map.entry("people", List.of(Map.of("person", kirby))),
                Map.entry("entities", List.of(Map.of("entity", russia), Map.of("entity", acme), Map.of("entity", drones))),
                Map.entry("image", Map.of("url", "https://img.example/lead.jpg", "caption", "The lead")),
                Map.entry("canonicalUrl", "https://news.example/" + tag))).path("id");

        String body = anonymous().accept(NINJS).get("/v1/articles/{idOrSlug}", id).then().statusCode(OK)
                .contentType(NINJS).header("Vary", containsString("Accept")).extract().asString();

        assertThat(NinjsSchema.errors(body)).isEmpty();
        JsonPath ninjs = JsonPath.from(body);
        assertThat(ninjs.getString("uri")).isEqualTo("urn:lede:article:" + id);
        assertThat(ninjs.getString("type")).isEqualTo("text");
        assertThat(ninjs.getString("pubstatus")).isEqualTo("usable");
        assertThat(ninjs.getString("version")).isEqualTo("1");
        assertThat(ninjs.getString("versioncreated")).isNotBlank();
        assertThat(ninjs.getString("firstcreated")).isNotBlank();
        assertThat(ninjs.getString("language")).isEqualTo("en");
        assertThat(ninjs.getString("headlines[0].value")).isEqualTo("Ninjs " + tag);
        assertThat(ninjs.getString("descriptions[0].value")).isEqualTo("The dek.");
        assertThat(ninjs.getString("bodies[0].contenttype")).isEqualTo("text/html");
        assertThat(ninjs.getString("bodies[0].value"))
                .isEqualTo("<p>Kirby said &lt;drones&gt; &amp; more.</p><p>Second.</p>");
        assertThat(ninjs.getString("by")).isEqualTo("Ana Reporter " + tag);
        assertThat(ninjs.getList("people.name")).containsExactly("Ana Reporter " + tag, "John Kirby " + tag);
        assertThat(ninjs.getList("people.rel")).containsExactly("author", "mentioned");
        assertThat(ninjs.getList("organisations.name")).containsExactly("Acme " + tag);
        assertThat(ninjs.getList("places.name")).containsExactly("Russia " + tag);
        assertThat(ninjs.getList("subjects.name")).containsExactly("world", "iran", "Drones " + tag);
        assertThat(ninjs.getList("infosources.name")).containsExactly("Pan " + tag, "Wire " + tag);
        assertThat(ninjs.getList("infosources.role")).containsExactly("publisher", "wire");
        assertThat(ninjs.getString("renditions[0].href")).isEqualTo("https://img.example/lead.jpg");
        assertThat(ninjs.getString("slugline")).isNotBlank();
        assertThat(ninjs.getList("altids.value")).contains(id, "https://news.example/" + tag);
    }

    @Test
    void formatWinsOverAcceptAndAnUnknownOneIsRefused() {
        String id = published("Format " + unique(), Map.of()).path("id");
        String body = anonymous().accept("text/html").queryParam("format", "ninjs").get("/v1/articles/{idOrSlug}", id)
                .then().statusCode(OK).contentType(NINJS).extract().asString();
        assertThat(NinjsSchema.errors(body)).isEmpty();
        anonymous().accept(NINJS).queryParam("format", "json").get("/v1/articles/{idOrSlug}", id)
                .then().statusCode(OK).contentType("application/json").body("id", equalTo(id));
        anonymous().queryParam("format", "pdf").get("/v1/articles/{idOrSlug}", id).then().statusCode(BAD_REQUEST)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"))
                .body("errors[0].message", containsString("ninjs"));
        anonymous().queryParam("format", "pdf").get("/v1/articles").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("format"));
        anonymous().accept(NINJS).queryParam("fields", "headline").get("/v1/articles/{idOrSlug}", id)
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("fields"));
    }

    @Test
    void aListIsTheListEnvelopeWithNinjsItems() {
        String tag = "n" + unique();
        String kirby = person("Listed Kirby " + tag);
        published("First " + tag, Map.of("tags", List.of(tag), "people", List.of(Map.of("person", kirby))));
        published("Second " + tag, Map.of("tags", List.of(tag), "people", List.of(Map.of("person", kirby))));
        String page = anonymous().accept(NINJS).queryParam("tag", tag).queryParam("limit", 1).get("/v1/articles")
                .then().statusCode(OK).contentType(NINJS).header("Link", containsString("rel=\"next\""))
                .body("data", hasSize(1)).body("meta.limit", equalTo(1)).body("meta.nextCursor", org.hamcrest.Matchers.notNullValue())
                .body("data[0].headlines[0].value", equalTo("Second " + tag))
                .body("data[0].bodies[0].value", containsString("<p>First paragraph of Second " + tag))
                .body("data[0].people.name", hasItem("Listed Kirby " + tag))
                .extract().asString();
        assertThat(items(page)).hasSize(1).allSatisfy(item -> assertThat(NinjsSchema.errors(item)).isEmpty());
        anonymous().queryParam("format", "ninjs").get("/v1/people/{idOrSlug}/articles", kirby).then().statusCode(OK)
                .contentType(NINJS).body("data", hasSize(2)).body("data.pubstatus", org.hamcrest.Matchers.everyItem(equalTo("usable")));
        anonymous().accept(NINJS).queryParam("fields", "headline").get("/v1/articles")
                .then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("fields"));
    }

    @Test
    void whatAKeyHolderSeesOfADraftOrAWithdrawnArticleIsWithheld() {
        String draft = Fixtures.draft("Draft " + unique(), Map.of()).path("id");
        admin().accept(NINJS).get("/v1/articles/{idOrSlug}", draft).then().statusCode(OK).body("pubstatus", equalTo("withheld"));
        String withdrawn = published("Withdrawn " + unique(), Map.of()).path("id");
        admin().header("If-Match", "*").body(Map.of("reason", "Legal request")).post("/v1/articles/{idOrSlug}/withdraw", withdrawn)
                .then().statusCode(OK);
        String body = admin().accept(NINJS).get("/v1/articles/{idOrSlug}", withdrawn).then().statusCode(OK)
                .body("pubstatus", equalTo("withheld")).body("ednote", equalTo("Withdrawn: Legal request")).extract().asString();
        assertThat(NinjsSchema.errors(body)).isEmpty();
        anonymous().accept(NINJS).get("/v1/articles/{idOrSlug}", withdrawn).then().statusCode(GONE)
                .contentType("application/problem+json");
    }

    @Test
    void killedAndTakenDownContentIsCanceledAndAnEmbargoedOneUsable() {
        // The lifecycle's statuses arrive with their own work on issue 14; ninjs maps them by name.
        assertThat(NinjsFormat.pubstatus("killed")).isEqualTo("canceled");
        assertThat(NinjsFormat.pubstatus("taken_down")).isEqualTo("canceled");
        assertThat(NinjsFormat.pubstatus("embargoed")).isEqualTo("usable");
        assertThat(NinjsFormat.pubstatus("published")).isEqualTo("usable");
        assertThat(NinjsFormat.pubstatus("draft")).isEqualTo("withheld");
        assertThat(NinjsFormat.pubstatus("anything-new")).isEqualTo("withheld");
    }

    @Test
    void theSchemaRefusesWhatIsNotNinjs() {
        assertThat(NinjsSchema.errors("{\"type\": \"text\"}")).as("uri is required").isNotEmpty();
        assertThat(NinjsSchema.errors("{\"uri\": \"urn:x:1\", \"pubstatus\": \"live\"}")).isNotEmpty();
        assertThat(NinjsSchema.errors("{\"uri\": \"urn:x:1\", \"versioncreated\": \"yesterday\"}")).isNotEmpty();
        assertThat(NinjsSchema.errors("{\"uri\": \"urn:x:1\", \"headline\": \"not a ninjs member\"}")).isNotEmpty();
        assertThat(NinjsSchema.errors("{\"uri\": \"urn:x:1\", \"places\": [{\"name\": \"x\", \"geojson\": {\"type\": \"Point\"}}]}"))
                .as("the GeoJSON schema is read from its local copy").isNotEmpty();
    }

    /** Each item of a list page, as its own JSON document. */
    static List<String> items(String page) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            List<String> items = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode item : mapper.readTree(page).get("data")) {
                items.add(mapper.writeValueAsString(item));
            }
            return items;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
