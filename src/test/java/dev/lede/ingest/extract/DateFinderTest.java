package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {

    private static LocalDate find(RawPage page, String text, String dateline, String body) {
        List<String> w = new ArrayList<>();
        DateFinder.Found f = new DateFinder().find(page, null, Text.lines(text), dateline, body, w);
        return f.date() == null ? null : LocalDate.ofInstant(f.date().value(), java.time.ZoneOffset.UTC);
    }

    @Test
    void aWeekdayPinnedToADayResolvesBeforeTheScrapeWidget() {
        String page = "-9.8 C\nNew York\nSaturday, February 4, 2023\nHeadline here for the story\n";
        assertEquals(LocalDate.of(2022, 12, 9), find(RawPage.ofText(page), page, null, "The US said, this Friday, the 9th, that ..."));
    }

    @Test
    void aPublishedStampWinsOverTheWidget() {
        String page = "Saturday, February 4, 2023\nPublished January 30, 2023 at 10:00\nHeadline";
        assertEquals(LocalDate.of(2023, 1, 30), find(RawPage.ofText(page), page, null, "on Friday, the 27th"));
    }

    @Test
    void datelineDatesAndIsoStamps() {
        assertEquals(LocalDate.of(2024, 3, 14), find(RawPage.ofText("x"), "x", "SEATTLE, March 14, 2024 /PRNewswire/ --", ""));
        assertEquals(LocalDate.of(2017, 6, 20), find(RawPage.ofText(" date 2017-06-20 TPM"), " date 2017-06-20 TPM", null, ""));
        assertEquals(LocalDate.of(2010, 4, 30), DateFinder.parse("Page last updated at 16:29 GMT, Friday, 30 April 2010 17:29 UK"));
    }

    @Test
    void theCallersHintWins() {
        RawPage p = new RawPage("x", null, null, null, Instant.parse("2020-01-02T03:04:05Z"), null);
        assertEquals(LocalDate.of(2020, 1, 2), find(p, "Published June 20, 2017 2:13 pm", null, ""));
        assertTrue(find(RawPage.ofText("no date"), "no date", null, "nothing") == null);
    }
}
