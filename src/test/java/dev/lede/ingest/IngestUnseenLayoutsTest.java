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
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 through HTTP: pages laid out unlike the reference page are stored whole, not refused; names from any
 * culture are people and speak their quotes; the page's language is detected and a translation flagged on evidence.
 */
@QuarkusTest
class IngestUnseenLayoutsTest {

    @Test
    void aPageWithoutAHeadlineLineIsStoredWholeWithAHeadlineFromItsFirstSentence() {
        String who = "Shohei " + uniqueWord("Ohtanik");
        String first = "The harbour council of Eastport approved the new ferry terminal on Monday after a two-year debate " + unique() + ".";
        String page = first + "\n\u201cIt is a good day for the town,\u201d " + who + " said after the vote.\n"
                + "Work starts in the spring and should take eighteen months, the council said in a statement.\n"
                + "Ferry fares to rise in May, council says\u2026\nHarbour traffic doubled in ten years\u2026\n";
        String slug = asText().body(page).post(INGEST).then().statusCode(CREATED)
                .body("article.headline", startsWith("The harbour council of Eastport approved the new ferry terminal"))
                .body("article.body[0]", equalTo(first))
                .body("people.name", hasItem(who))
                .body("quotes.find { it.text == 'It is a good day for the town' }.speaker.name", equalTo(who))
                .extract().path("article.slug");
        admin().get("/v1/articles/{idOrSlug}", slug).then().statusCode(OK)
                .body("body", hasItems(first, "Work starts in the spring and should take eighteen months, the council said in a statement."))
                .body("body", not(hasItem(startsWith("Ferry fares to rise in May"))));
    }

    @Test
    void aTitleLikeLineBelowTheFirstParagraphIsNotTakenForTheHeadline() {
        String lead = "Renowned coach Patrick " + uniqueWord("Sangu") + " paid tribute to his athlete on Sunday in Nairobi " + unique() + ".";
        String page = lead + "\nPAY ATTENTION: Follow us on Google News for the latest sport news\n"
                + "The two men have worked together for twenty years and won many races around the world.\n";
        asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("article.body[0]", equalTo(lead))
                .body("article.body", not(hasItem(startsWith("PAY ATTENTION"))))
                .body("removedLines", hasItem(startsWith("PAY ATTENTION")));
    }

    @Test
    void anEnglishPageOnAnOutletWritingInHungarianIsFlaggedAsALikelyTranslation() {
        String page = "Minister resigns over budget " + unique() + "\nKövetkező mérkőzések\nLegfrissebb hírek a nagyvilágból\n"
                + "The finance minister resigned on Monday after weeks of pressure over the budget, his office said. "
                + "He denied any wrongdoing and said he would cooperate with the inquiry into the accounts.\n"
                + "Opposition leaders welcomed the decision and called for early elections on Tuesday.\n";
        asText().queryParam("dryRun", true).body(page).post(INGEST).then().statusCode(OK)
                .body("article.language", equalTo("en"))
                .body("article.translatedFrom", equalTo("hu"))
                .body("warnings", hasItem(startsWith("likely a machine translation from hu")));
    }
}
