package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.uniqueWord;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 8 of the extraction through HTTP: "the Norwegian X Ministry" is the Ministry of X Affairs of Norway
 * (stored once, the demonym's form its alias) while "the Chilean X Ministry" stays another body; a quote goes to the
 * person named after "according to" and a long title, and to a titled speaker whose relative clause stands before
 * "said", not to the speaker before them; "Seung-hoon X" is a person with no anchor beside the name. What the ingest answers is what the stored article and entity hold.
 */
@QuarkusTest
class IngestDemonymsAndTitledSpeakersTest {

    @Test
    void demonymsQualifyShortFormsAndTitledSpeakersKeepTheirQuotes() {
        String topic = uniqueWord("Tidal"), full = "Ministry of " + topic + " Affairs of Norway", chilean = "Chilean " + topic + " Ministry";
        String yoo = "Seung-hoon " + uniqueWord("Yoo");
        String lopez = "Maria " + uniqueWord("Lopez"), petrov = "Ivan " + uniqueWord("Petrov"), ostrova = "Olga " + uniqueWord("Ostrova");
        String page = "Ferry plan goes back to the ministry " + unique() + "\n\n"
                + "The " + full + " said on Monday it would review the ferry plan, and the Norwegian " + topic
                + " Ministry later confirmed the review.\n\n"
                + "“The ferries will run again before the summer season starts,” said " + lopez + ", the council's spokeswoman.\n\n"
                + "“The talks are over for now and nobody knows when they resume,” according to the deputy head of the regional"
                + " administration, " + petrov + ".\n\n"
                + "“We have asked for a second opinion on the costs,” the regional administration’s deputy head " + ostrova
                + ", who has followed the matter for years, said.\n\n"
                + "The " + chilean + " said it would not take part in the review.\n\n"
                + yoo + " was elected chair of the harbour board on Tuesday.\n";
        JsonPath result = asText().body(page).post(INGEST).then().statusCode(CREATED)
                .body("entities.name", hasItems(full, chilean))
                .body("entities.name", not(hasItem("Norwegian " + topic + " Ministry")))
                .body("entities.find { it.name == '" + full + "' }.mentions", equalTo(2))
                .body("people.name", hasItems(yoo, lopez, petrov, ostrova))
                .body("quotes.find { it.text == 'The ferries will run again before the summer season starts' }.speaker.name", equalTo(lopez))
                .body("quotes.find { it.text == 'The talks are over for now and nobody knows when they resume' }.speaker.name", equalTo(petrov))
                .body("quotes.find { it.text == 'We have asked for a second opinion on the costs' }.speaker.name", equalTo(ostrova))
                .extract().jsonPath();
        admin().get("/v1/entities/{idOrSlug}", result.getString("entities.find { it.name == '" + full + "' }.id")).then()
                .statusCode(OK).body("name", equalTo(full)).body("aliases", hasItem("Norwegian " + topic + " Ministry"));
        admin().get("/v1/entities/{idOrSlug}", result.getString("entities.find { it.name == '" + chilean + "' }.id")).then()
                .statusCode(OK).body("aliases", not(hasItem("Norwegian " + topic + " Ministry")));
        String slug = result.getString("article.slug");
        admin().get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK)
                .body("entities.name", hasItems(full, chilean))
                .body("entities.name", not(hasItem("Norwegian " + topic + " Ministry")));
        admin().get("/v1/people/{idOrSlug}", result.getString("people.find { it.name == '" + yoo + "' }.id")).then()
                .statusCode(OK).body("name", equalTo(yoo));
        admin().get("/v1/articles/{idOrSlug}/quotes", slug).then().statusCode(OK)
                .body("data.find { it.text == 'The talks are over for now and nobody knows when they resume' }.speaker.name", equalTo(petrov))
                .body("data.find { it.text == 'We have asked for a second opinion on the costs' }.speaker.name", equalTo(ostrova));
    }
}
