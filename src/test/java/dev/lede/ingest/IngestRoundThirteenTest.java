package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.uniqueWord;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Api.admin;
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
 * Issue 15, round 13 of the extraction through HTTP: a company form before a name, an acronym later on the page that
 * keeps a long name whole, where a person works, a judge's title before initials, "the judge wrote" given to the
 * judge the page names, a party before a lower-case "party", and a quote paragraph that goes on with the person whose
 * saying closes the paragraph above.
 */
@QuarkusTest
class IngestRoundThirteenTest {

    @Test
    void companyFormsAcronymsEmployersAndRoleNounsThroughIngest() {
        String company = "PT " + uniqueWord("Kalvora") + " Indonesia";
        String varadan = "R.K. " + uniqueWord("Varadan"), whitmore = "Alan " + uniqueWord("Whitmore");
        String employer = uniqueWord("Vestmark") + " Markets", eriksen = "Lars " + uniqueWord("Eriksen");
        String commission = uniqueWord("Westland") + " Fisheries and Marine Commission";
        String page = "Smelters, fisheries and a ruling " + unique() + "\n\n"
                + company + " said output at its smelter fell 8% in the third quarter.\n\n"
                + "The " + commission + " said it would close the bay. WFMC officials said stocks had collapsed.\n\n"
                + "“The numbers speak for themselves,” said " + eriksen + ", head of research at " + employer + ".\n\n"
                + "Chief Justice " + varadan + " said the petition lacked merit.\n\n"
                + "“There is no evidence of fraud,” the judge wrote in a 40-page ruling. Judge " + whitmore
                + " also ordered the plaintiffs to pay costs.\n";
        JsonPath result = asText().body(page).post(INGEST).then().statusCode(CREATED)
                .body("people.name", hasItems(varadan, whitmore, eriksen))
                .body("people.find { it.name == '" + varadan + "' }.role", equalTo("Chief Justice"))
                .body("entities.find { it.name == '" + company + "' }.kind", equalTo("company"))
                .body("entities.find { it.name == '" + employer + "' }.kind", equalTo("organization"))
                .body("entities.name", hasItems(commission))
                .body("entities.name", not(hasItem("Indonesia")))
                .body("entities.name", not(hasItem("WFMC")))
                .body("entities.name", not(hasItem(commission.replace(" and Marine Commission", ""))))
                .body("quotes.find { it.text == 'There is no evidence of fraud' }.speaker.name", equalTo(whitmore))
                .extract().jsonPath();
        // the long name and the acronym are one stored entity
        admin().get("/v1/entities/{idOrSlug}", result.getString("entities.find { it.name == '" + commission + "' }.id")).then()
                .statusCode(OK).body("kind", equalTo("government_body")).body("aliases", hasItems("WFMC"));
    }

    @Test
    void partiesAndAQuoteParagraphAfterASayingThroughIngest() {
        String party = uniqueWord("Morvan") + "o", // no adjective's ending ("-an", "-al", "-ic")
               mwangi = "Grace " + uniqueWord("Mwangi"), kisaragi = "Haruto " + uniqueWord("Kisaragi");
        String page = "Dams, votes and a new leader " + unique() + "\n\n"
                + "Veldoria's ruling " + party + " party elected " + kisaragi + " as its leader on Friday.\n\n"
                + mwangi + ", who heads the county's water board, said the dam was nearly empty.\n\n"
                + "“We have maybe three weeks of supply left. After that, we are in serious trouble.”\n";
        asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("people.name", hasItems(mwangi, kisaragi))
                .body("entities.find { it.name == '" + party + "' }.kind", equalTo("political_party"))
                .body("quotes.find { it.text.startsWith('We have maybe three weeks') }.speaker.name", equalTo(mwangi));
    }
}
