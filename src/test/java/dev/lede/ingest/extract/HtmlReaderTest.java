package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {

    @Test
    void readsMetadataAndDropsScriptsAndChrome() throws Exception {
        String html = Files.readString(Path.of("src/test/resources/fixtures/pages/own-03-html.html"));
        HtmlReader.HtmlPage p = new HtmlReader().read(html);
        assertEquals("Storm floods Lisbon metro as Portugal braces for more rain", p.headline());
        assertEquals(Instant.parse("2023-12-13T09:30:00Z"), p.published());
        assertEquals("The Atlantic Ledger", p.publisher());
        assertEquals("Helena Costa", p.authors().get(0));
        assertFalse(p.text().contains("never keep me"));
        assertFalse(p.text().contains("click here"));
        assertFalse(p.text().contains("Subscribe"));
        assertFalse(p.text().contains("Catalonia"));
        assertFalse(p.text().contains("All rights reserved"));
        assertTrue(p.text().contains("LISBON — Torrential rain"));
    }

    @Test
    void theWholeExtractionHoldsNoScriptText() throws Exception {
        String html = "<html><head><title>Quiet news day in the capital city today</title></head><body>"
                + "<p>Quiet news day in the capital city today</p><script>alert('x')</script>"
                + "<p>Nothing much happened in the capital on Monday, officials said after a long meeting.</p>"
                + "<p onclick=\"steal()\">Residents enjoyed the sunshine, and the markets were calm all day.</p></body></html>";
        Extraction x = new NewsExtractor().extract(RawPage.ofHtml(html), KnownNames.empty());
        assertEquals("Quiet news day in the capital city today", x.headline().value());
        assertFalse(x.toString().contains("alert"));
        assertFalse(x.toString().contains("steal"));
        assertEquals(2, x.body().size());
    }
}
