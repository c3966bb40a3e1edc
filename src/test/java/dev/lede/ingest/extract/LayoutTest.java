package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LineKind (shape of one line) and PageLayout (position: headline, dek, caption, body, furniture). */
class LayoutTest {

    @Test
    void classifiesSiteChrome() {
        assertEquals(LineKind.WEATHER, LineKind.of("-9.8 C"));
        assertEquals(LineKind.DATE_WIDGET, LineKind.of("Saturday, February 4, 2023"));
        assertEquals(LineKind.AD, LineKind.of("- Advertisement -"));
        assertEquals(LineKind.LABEL, LineKind.of("Don't miss"));
        assertEquals(LineKind.TERMINAL, LineKind.of("Latest Posts"));
        assertEquals(LineKind.CREDIT, LineKind.of("*With information from AFP"));
        assertEquals(LineKind.CREDIT, LineKind.of("(With inputs from PTI.)"));
        assertEquals(LineKind.SOURCE, LineKind.of("Source: Jovempan"));
        assertEquals(LineKind.BYLINE, LineKind.of("Reporting by Stephen Brown; Editing by Hugh Lawson"));
        assertEquals(LineKind.DATE_STAMP, LineKind.of("Published June 20, 2017 2:13 pm"));
        assertEquals(LineKind.DATE_STAMP, LineKind.of("March 20, 2015 / 11:47 AM / 2 years ago"));
        assertEquals(LineKind.PHOTO_CREDIT, LineKind.of("Alex Brandon/AP"));
        assertEquals(LineKind.TERMINAL, LineKind.of("ABOUT THE AUTHOR"));
        assertEquals(LineKind.LABEL, LineKind.of("PIN-IT"));
        assertEquals(LineKind.LABEL, LineKind.of("Business | Tech | Markets | Opinion"));
        assertEquals(LineKind.CONTENT, LineKind.of("Moscow’s envoy to the UN, Vassily Nebenzia, rejected the claims."));
    }

    @Test
    void splitsHeadlineDekCaptionBodyAndFurniture() {
        String page = String.join("\n", "12 C", "Paris", "Don't miss", "", "Minister resigns over ‘budget scandal’ in Paris",
                "- Advertisement -", "Opposition demands early elections; government denies wrongdoing",
                "Jean Dupont, Finance Minister, spoke to reporters on Monday.",
                "The finance minister resigned on Monday after weeks of pressure over the budget, his office said. "
                        + "He denied any wrongdoing and said he would cooperate with the inquiry.",
                "- Advertisement -", "Opposition leaders welcomed the decision and called for early elections.",
                "Source: Example", "Latest Posts", "Another story about something else entirely");
        PageLayout.Layout l = new PageLayout().split(Text.lines(page), null);
        assertEquals("Minister resigns over ‘budget scandal’ in Paris", l.headline().text());
        assertEquals("Opposition demands early elections; government denies wrongdoing", l.standfirst().text());
        assertEquals("Jean Dupont, Finance Minister, spoke to reporters on Monday.", l.caption().text());
        assertEquals(2, l.body().size());
        List<String> removed = l.removed().stream().map(Text.Line::text).toList();
        assertTrue(removed.containsAll(List.of("12 C", "Paris", "Don't miss", "- Advertisement -", "Source: Example", "Latest Posts",
                "Another story about something else entirely")), removed.toString());
    }

    @Test
    void aDatelineOpensTheBodyAndNoDekIsInvented() {
        String page = "Talks to resume in Geneva next week\nReuters Staff\nGENEVA (Reuters) - Negotiators will meet again next week, diplomats said on Friday.\nReporting by A Person";
        PageLayout.Layout l = new PageLayout().split(Text.lines(page), null);
        assertNull(l.standfirst());
        assertEquals(1, l.body().size());
        assertTrue(l.body().get(0).text().startsWith("GENEVA (Reuters) -"));
    }

    @Test
    void aLongPageStaysLinearEnough() throws Exception {
        String ref = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/fixtures/pages/000_bda395528f16ca54.txt"));
        String body = ref.substring(ref.indexOf("You United States"), ref.indexOf("*With information"));
        String page = ref.substring(0, ref.indexOf("You United States")) + (body + "\n\n").repeat(150) + "Source: Jovempan\n";
        NewsExtractor x = new NewsExtractor();
        x.extract(RawPage.ofText(ref), KnownNames.empty()); // loads data sets
        long t0 = System.nanoTime();
        Extraction e = x.extract(RawPage.ofText(page), KnownNames.empty());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(page.length() > 300_000, "page of " + page.length() + " chars");
        assertTrue(e.body().size() >= 150);
        assertTrue(ms < 10_000, "a 300 KB page took " + ms + " ms");
    }

    @Test
    void aPageWithoutAnArticleIsRefused() {
        assertThrows(Extractor.NoArticleException.class, () -> new PageLayout().split(Text.lines("Home\nMenu\nSign in"), null));
    }
}
