package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.REFERENCE;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.referenceTagged;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an ingest links and stores when the catalog already holds what the page names. */
@QuarkusTest
class IngestLinkingTest {
    private static final String QUOTE = "/v1/quotes/{idOrSlug}";

    @Inject
    CatalogNames catalog;

    /** A tag of letters only: the extractor does not take words with digits for names. */
    private static String letters() {
        return unique().chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
    }

    private static JsonPath ingest(String text) {
        return asText().body(text).post(INGEST).then().statusCode(CREATED).extract().jsonPath();
    }

    @Test
    void shouldCreateASourceForAPublisherTheCatalogKnowsOnlyAsAnEntity() {
        String name = "Orbit" + letters() + " Media";
        entity(name, "company");
        catalog.refreshNow();
        JsonPath result = ingest(referenceTagged(unique()).replace("Source: Jovempan", "Source: " + name));
        // An entity's id is not a source's: the publisher becomes a new source of that name, not a 400.
        String publisher = result.getString("article.publisher.id");
        admin().get("/v1/sources/{idOrSlug}", publisher).then().statusCode(OK).body("name", equalTo(name));
        assertThat(result.getBoolean("source.new")).isTrue();
    }

    @Test
    void shouldGiveQuotesTheSlugsTheyWouldGetOneByOne() {
        String text = REFERENCE.replace("US expresses concern", "US expresses concern " + unique());
        ingest(text.replace("US expresses concern", "US expresses concern " + unique()));
        List<String> ids = ingest(text).getList("article.quotes.id");
        assertThat(ids).hasSize(12);
        Pattern numbered = Pattern.compile("^(.*)-(\\d+)$");
        for (String id : ids) {
            String slug = admin().get(QUOTE, id).then().statusCode(OK).extract().path("slug");
            Matcher m = numbered.matcher(slug);
            if (m.matches() && Integer.parseInt(m.group(2)) <= 50) {
                // the first free one: the base and every smaller number are taken
                admin().get(QUOTE, m.group(1)).then().statusCode(OK);
                for (int n = 2; n < Integer.parseInt(m.group(2)); n++) {
                    admin().get(QUOTE, m.group(1) + "-" + n).then().statusCode(OK);
                }
            }
        }
        assertThat(ids.stream().map(id -> admin().get(QUOTE, id).then().extract().<String>path("slug")).distinct())
                .hasSize(12);
    }
}
