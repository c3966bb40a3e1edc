package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.ingest.extract.Extractor;
import dev.lede.ingest.extract.KnownNames;
import dev.lede.ingest.extract.RawPage;
import dev.lede.platform.failure.Failure;
import org.junit.jupiter.api.Test;

/** A defect of the extractor on some page is answered as a 422 problem naming the page, never a 500 with a trace. */
class IngestExtractorDefectTest {

    @Test
    void anUnexpectedExtractorExceptionBecomesAnUnprocessablePage() {
        Extractor broken = (page, known) -> {
            throw new StringIndexOutOfBoundsException("begin 1, end 0, length 40");
        };
        Failure f = assertThrows(Failure.class, () -> new PageReader(broken, null).read(RawPage.ofText("A page."), KnownNames.empty()));
        assertEquals(Failure.Kind.UNPROCESSABLE, f.kind());
        assertEquals("extraction-failed", f.code());
        assertEquals("text", f.details().get("field"));
        assertFalse(f.detail().contains("begin 1"), "the exception's message stays in the log");
    }

    @Test
    void aPageWithoutAnArticleKeepsItsOwnProblem() {
        Extractor empty = (page, known) -> {
            throw new Extractor.NoArticleException("no body paragraphs", java.util.List.of("menu"));
        };
        Failure f = assertThrows(Failure.class, () -> new PageReader(empty, null).read(RawPage.ofHtml("<p>x</p>"), KnownNames.empty()));
        assertEquals("no-article", f.code());
    }
}
