package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's language from its body, and a translation flagged only on evidence on the page. */
class PageLanguageTest {

    static final List<String> ENGLISH = List.of("The finance minister resigned on Monday after weeks of pressure over the budget, "
            + "his office said. He denied any wrongdoing and said he would cooperate with the inquiry into the accounts.");

    @Test
    void anEnglishBodyWithEnglishChromeIsNoTranslation() {
        PageLanguage.Guess g = PageLanguage.guess(ENGLISH, List.of("Latest news", "Share this article"));
        assertEquals("en", g.language());
        assertNull(g.translatedFrom());
        assertEquals(0, g.confidence());
    }

    @Test
    void anEnglishBodyOnAnOutletWritingInAnotherLanguageIsFlaggedWithItsEvidence() {
        PageLanguage.Guess g = PageLanguage.guess(ENGLISH, List.of("Következő mérkőzések", "Legfrissebb hírek a nagyvilágból"));
        assertEquals("en", g.language());
        assertEquals("hu", g.translatedFrom());
        assertTrue(g.confidence() > 0 && g.confidence() <= 0.7, "a guess, never a certainty: " + g.confidence());
        assertTrue(g.evidence().contains("Következő"), g.evidence());
    }

    /** An outlet's chrome repeats on every page of it: its lines are judged once, the flag stays on every page. */
    @Test
    void theChromeOfAnOutletsNextPageIsJudgedFromMemoryWithTheSameVerdict() {
        List<String> chrome = List.of("Mais lidas da semana passada", "Receba as notícias do dia no seu email");
        List<String> next = List.of("The central bank raised its main interest rate by half a point on Wednesday, more than "
                + "analysts had expected, and said inflation would stay above its target until the end of next year.");
        PageLanguage.Guess first = PageLanguage.guess(ENGLISH, chrome);
        long computed = PageLanguage.lineVerdicts().missCount();
        long remembered = PageLanguage.lineVerdicts().hitCount();
        PageLanguage.Guess second = PageLanguage.guess(next, chrome);
        assertEquals("pt", first.translatedFrom());
        assertEquals(first.translatedFrom(), second.translatedFrom());
        assertEquals(first.evidence(), second.evidence());
        assertEquals(computed, PageLanguage.lineVerdicts().missCount(), "no line judged again");
        assertEquals(remembered + chrome.size(), PageLanguage.lineVerdicts().hitCount());
    }

    @Test
    void aBodyInAnotherLanguageIsThatLanguage() {
        PageLanguage.Guess g = PageLanguage.guess(List.of("O ministro das Finanças demitiu-se na segunda-feira depois de semanas "
                + "de pressão sobre o orçamento, disse o seu gabinete. Ele negou qualquer irregularidade."), List.of());
        assertEquals("pt", g.language());
        assertNull(g.translatedFrom());
    }

    @Test
    void theExtractorReportsTheLanguageAndWarnsWithTheEvidence() {
        String page = "Minister resigns over budget in Budapest\nKövetkező mérkőzések\nLegfrissebb hírek a nagyvilágból\n"
                + ENGLISH.get(0) + "\nOpposition leaders welcomed the decision and called for early elections on Tuesday.";
        Extraction x = new NewsExtractor().extract(RawPage.ofText(page), KnownNames.empty());
        assertEquals("en", x.language());
        assertEquals("hu", x.translatedFrom());
        assertTrue(x.warnings().stream().anyMatch(w -> w.startsWith("likely a machine translation from hu")), x.warnings().toString());
    }
}
