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
 * Issue 15, round 11 of the extraction through HTTP: a person described by a body's role is a person whose pronoun
 * quote is hers, "the minister said" and "the group said" go to who was named with that role or of that kind, a
 * title names a person by one name, and a country's region is a place wherever it stands.
 */
@QuarkusTest
class IngestRoundElevenTest {

    @Test
    void rolesKindsOneNameTitlesAndRegionsThroughIngest() {
        String yusuf = "Amina " + uniqueWord("Yusuf"), molefe = "Kagiso " + uniqueWord("Molefe"), lula = uniqueWord("Lulo");
        String page = "Rain and a budget fight test the coalition " + unique() + "\n\n"
                + "Dr. " + yusuf + ", the ministry's chief epidemiologist, told reporters that the outbreak was slowing. "
                + "“We are seeing fewer admissions every day,” she said.\n\n"
                + molefe + ", the finance minister, presented the budget on Wednesday. "
                + "“We will cut spending where it hurts least,” the minister said.\n\n"
                + "Hamas said in a statement that talks had stalled. “Our demands are clear and will not change,” the group said.\n\n"
                + "“It is a historic day for our country,” President " + lula + " said, as Bavaria and Saxony reported record rain.\n";
        asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("people.name", hasItems(yusuf, molefe, lula))
                .body("entities.name", hasItems("Bavaria", "Saxony", "Hamas"))
                .body("entities.name", not(hasItems(yusuf)))
                .body("entities.find { it.name == 'Bavaria' }.kind", equalTo("place"))
                .body("quotes.find { it.text == 'We are seeing fewer admissions every day' }.speaker.name", equalTo(yusuf))
                .body("quotes.find { it.text == 'We will cut spending where it hurts least' }.speaker.name", equalTo(molefe))
                .body("quotes.find { it.text == 'Our demands are clear and will not change' }.speaker.name", equalTo("Hamas"))
                .body("quotes.find { it.text == 'It is a historic day for our country' }.speaker.name", equalTo(lula));
    }
}
