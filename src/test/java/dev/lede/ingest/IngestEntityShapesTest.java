package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.uniqueWord;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 5 of the extraction through HTTP: entity spans that stop at the entity ("A and B Capital" is two
 * bodies, a weekday is not part of a ministry's name), kinds from the head noun, a demonym or a capital inside a
 * longer name that is no place or country, a title that is no place, and organisations named without a keyword
 * because they own a person or a model. What the ingest answers is what the article then holds.
 */
@QuarkusTest
class IngestEntityShapesTest {

    @Test
    void entitiesStopAtTheirNameAndOrganisationsWithoutAKeywordAreFound() {
        String network = uniqueWord("Halden") + " Network", capital = uniqueWord("Corvane") + " Capital";
        String maker = uniqueWord("Brightwater"), ministry = "Ministry of " + uniqueWord("Tidal") + " Works";
        String page = "Port investors back the harbour plan " + unique() + "\n\n"
                + "The harbour plan won backing from " + network + " and " + capital + " after the " + ministry
                + " on Monday approved the project in the Norwegian province of Finnmark.\n\n"
                + "Officials said the terminal would open on the eve of the Oslo Marathon. Ferry builder " + maker
                + "’s Model 7 will serve the route, answering a question from Sen. Tupac Quispe, who asked about costs.\n\n"
                + "The U.K. Embassy said it was following the case and would send an observer to the opening.\n";
        String slug = asText().body(page).post(INGEST).then().statusCode(CREATED)
                .body("entities.name", hasItems(network, capital, ministry, maker, "U.K. Embassy"))
                .body("entities.find { it.name == '" + network + "' }.kind", equalTo("company"))
                .body("entities.find { it.name == '" + ministry + "' }.kind", equalTo("government_body"))
                .body("entities.find { it.name == 'U.K. Embassy' }.kind", equalTo("government_body"))
                .body("entities.find { it.name == '" + maker + "' }.kind", equalTo("company"))
                .body("entities.name", not(hasItems("Norwegian", "Norway", "United Kingdom", "Sen")))
                .body("entities.name", everyItem(not(org.hamcrest.Matchers.containsString(" and "))))
                .body("entities.name", everyItem(not(org.hamcrest.Matchers.containsString("Monday"))))
                .extract().path("article.slug");
        admin().get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK)
                .body("entities.name", hasItems(network, capital, ministry, maker, "U.K. Embassy"))
                .body("entities.name", not(hasItem("Norway")));
    }

    @Test
    void aTeamNamedWithTheKindWordIsOneOrganisationNotTheCountryInIt() {
        String team = uniqueWord("Northfield") + " Running Team";
        String page = "Marathon champion thanks coach " + unique() + "\n\n"
                + "Speaking at the " + team + " store in Nairobi, the champion said he would run for Team USA next year"
                + " and thanked the coaches who trained him for two decades.\n";
        asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("entities.name", hasItems(team, "Team USA"))
                .body("entities.find { it.name == 'Team USA' }.kind", equalTo("organization"))
                .body("entities.name", not(hasItem("United States")));
    }
}
