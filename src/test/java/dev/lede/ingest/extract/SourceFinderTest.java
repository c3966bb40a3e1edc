package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFinderTest {

    private static SourceFinder.Sources find(String page, KnownNames known, String datelineAgency) {
        PageLayout.Layout l = new PageLayout().split(Text.lines(page), null);
        return new SourceFinder().find(RawPage.ofText(page), l, null, datelineAgency, null, List.of(), known, new Gazetteer(known), new ArrayList<>());
    }

    @Test
    void sourceLineLinksToAKnownSourceByAliasOrSpacing() {
        KnownNames known = new KnownNames(List.of(), List.of(), List.of(
                new KnownNames.Known("s1", "jovem-pan", "Jovem Pan", List.of(), "publisher")));
        String page = "A headline of some length here\nThe body of the story says something important today.\n*With information from AFP and Reuters\nSource: Jovempan";
        SourceFinder.Sources s = find(page, known, null);
        assertEquals("Jovem Pan", s.publisher().name());
        assertEquals("s1", s.publisher().knownId());
        assertEquals(List.of("AFP", "Reuters"), s.credits().stream().map(Extraction.SourceFound::name).toList());
        assertTrue(s.credits().stream().allMatch(c -> c.role().equals("wire")));
    }

    @Test
    void bylinesWithRolesAndStaffPublisher() {
        String page = "Talks to resume in Geneva next week\nExample Staff\nGENEVA (Example) - Negotiators will meet again next week, diplomats said.\nReporting by Jane Doe and John Roe; Editing by Max Mustermann";
        SourceFinder.Sources s = find(page, KnownNames.empty(), "Example");
        assertEquals(List.of("Jane Doe/author", "John Roe/author", "Max Mustermann/editor"),
                s.bylines().stream().map(b -> b.name() + "/" + b.role()).toList());
        assertEquals("Example", s.publisher().name());
        assertEquals("Example", s.credits().get(0).name());
    }
}
