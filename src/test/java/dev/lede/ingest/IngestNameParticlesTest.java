package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.uniqueWord;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.OK;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 6 of the extraction through HTTP: people whose names hold a particle ("bin", "al-", "de la") are
 * found, and their quotes go to them, not to the body named near them. Before round 6 the "al-" surname and the
 * particle name shapes were missed and their quotes lost.
 */
@QuarkusTest
class IngestNameParticlesTest {

    @Test
    void namesWithParticlesArePeopleAndKeepTheirQuotes() {
        String rashid = "Abdullah bin " + uniqueWord("Rashid"), masri = uniqueWord("Masri"), cruz = "Ana de la " + uniqueWord("Cruz");
        String page = "Harbour talks resume after a long pause " + unique() + "\n\n"
                + "“We will keep talking until there is a deal,” said " + rashid + ", the port authority's negotiator.\n\n"
                + "Karim al-" + masri + " told reporters the unions wanted guarantees. “Nobody should lose a job over this,” al-"
                + masri + " said.\n\n"
                + "“The council will decide next month,” said " + cruz + ", a spokesperson for the Northfield Harbour Board.\n";
        asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("people.name", hasItems(rashid, "Karim al-" + masri, cruz))
                .body("quotes.find { it.text == 'We will keep talking until there is a deal' }.speaker.name", equalTo(rashid))
                .body("quotes.find { it.text == 'Nobody should lose a job over this' }.speaker.name", equalTo("Karim al-" + masri))
                .body("quotes.find { it.text == 'The council will decide next month' }.speaker.name", equalTo(cruz));
    }
}
