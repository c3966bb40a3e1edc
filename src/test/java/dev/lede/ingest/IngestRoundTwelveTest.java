package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.uniqueWord;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.OK;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 12 of the extraction through HTTP: "Ministry of Energy and Mineral Resources" is one ministry, a
 * person's rival is a person, a person set off after a body's name speaks for it, "it said" quotes the body, and
 * "he said" continues the source named after "according to".
 */
@QuarkusTest
class IngestRoundTwelveTest {

    @Test
    void officialNamesRivalsAppositionsAndPronounsThroughIngest() {
        String lahadalia = "Bahlil " + uniqueWord("Lahadalia"), galvez = "Xochitl " + uniqueWord("Galvez");
        String peskov = "Dmitry " + uniqueWord("Peskov"), nowak = "Tomasz " + uniqueWord("Nowak");
        String page = "Quotas, concessions and a storm warning " + unique() + "\n\n"
                + "The Ministry of Energy and Mineral Resources said it would cut nickel quotas. Minister " + lahadalia
                + " said prices would recover.\n\n"
                + "Her rival " + galvez + " conceded late on Sunday. “I recognise the result,” " + galvez.split(" ")[1] + " said.\n\n"
                + "A spokesperson for the Kremlin, " + peskov + ", told reporters: “We have not received any proposals.”\n\n"
                + "According to " + nowak + ", an analyst, rates will fall in July. “Inflation is falling faster than expected,” he said.\n\n"
                + "The Meteorological Department warned of heavy rain. “Residents of low-lying areas should move,” it said.\n";
        asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("people.name", hasItems(lahadalia, galvez, peskov, nowak))
                .body("people.name", not(hasItems("Mineral Resources")))
                .body("entities.find { it.name == 'Ministry of Energy and Mineral Resources' }.kind", equalTo("government_body"))
                .body("entities.name", not(hasItems(galvez)))
                .body("quotes.find { it.text == 'I recognise the result' }.speaker.name", equalTo(galvez))
                .body("quotes.find { it.text == 'We have not received any proposals.' }.speaker.name", equalTo(peskov))
                .body("quotes.find { it.text == 'Inflation is falling faster than expected' }.speaker.name", equalTo(nowak))
                .body("quotes.find { it.text == 'Residents of low-lying areas should move' }.speaker.name", equalTo("Meteorological Department"));
    }
}
