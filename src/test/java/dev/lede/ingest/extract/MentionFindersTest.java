package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EntityFinder, PeopleFinder and QuoteFinder on short made-up texts. */
class MentionFindersTest {

    static final Gazetteer GAZ = new Gazetteer(KnownNames.empty());

    static Map<String, String> entities(String text) {
        List<Mention> ms = new EntityFinder().find(text, GAZ, 0, 0);
        return ms.stream().collect(Collectors.toMap(m -> m.surface(), m -> m.name() + "/" + m.kind(), (a, b) -> a));
    }

    /** What EntityFinder makes of the text: the "name/kind" found for each of these surface forms. */
    static void assertEntities(String text, Map<String, String> expected) {
        Map<String, String> found = entities(text);
        expected.forEach((surface, nameAndKind) -> assertEquals(nameAndKind, found.get(surface), surface));
    }

    @Test
    void countriesFromRealDataIncludingCapitalsAndDemonyms() {
        assertTrue(CountryData.all().size() > 240);
        assertEntities("Ottawa said the Kenyan government and Uruguay would meet. Canberra agreed.", Map.of(
                "Ottawa", "Canada/country", "Kenyan government", "Kenya/country",
                "Uruguay", "Uruguay/country", "Canberra", "Australia/country"));
    }

    @Test
    void aCapitalAfterALocativeIsThePlace() {
        assertEntities("They met in Brussels on Friday.", Map.of("Brussels", "Brussels/place"));
        assertEntities("Brussels rejected the plan.", Map.of("Brussels", "Belgium/country"));
    }

    @Test
    void organisationPatternsAndKinds() {
        assertEntities("Sanctions hit the Northern Fleet Command, the Ministry of Foreign Affairs, Acme Widgets Inc. and the Green Party; the Ukrainian armed forces and the UN Security Council.", Map.of(
                "Northern Fleet Command", "Northern Fleet Command/military_unit",
                "Ministry of Foreign Affairs", "Ministry of Foreign Affairs/government_body",
                "Acme Widgets Inc", "Acme Widgets Inc/company", "Green Party", "Green Party/political_party",
                "Ukrainian armed forces", "Ukrainian Armed Forces/military_unit",
                "UN Security Council", "United Nations Security Council/organization"));
    }

    @Test
    void peopleWithRolesAndSurnameMentions() {
        String text = "Norway's Foreign Minister Anniken Huitfeldt met Kenya's envoy to the AU, Grace Otieno, on Monday. "
                + "Huitfeldt said the talks went well. Mr Otieno agreed, said Peter Lang, a spokesman for the ministry.";
        List<Mention> ents = new EntityFinder().find(text, GAZ, 0, 0);
        List<PeopleFinder.Person> ps = new PeopleFinder().find(text, ents, GAZ, List.of());
        Map<String, PeopleFinder.Person> by = ps.stream().collect(Collectors.toMap(p -> p.name, p -> p));
        assertEquals("Norway’s Foreign Minister".replace('’', '\''), by.get("Anniken Huitfeldt").role.replace('’', '\''));
        assertEquals(2, by.get("Anniken Huitfeldt").mentions.size());
        assertEquals("Kenya's envoy to the AU", by.get("Grace Otieno").role);
        assertEquals(2, by.get("Grace Otieno").mentions.size());
        assertEquals("spokesman for the ministry", by.get("Peter Lang").role);
        assertEquals(3, ps.size(), ps.stream().map(p -> p.name).toList().toString());
    }

    @Test
    void aCatalogPersonIsLinkedByAlias() {
        KnownNames known = new KnownNames(List.of(new KnownNames.Known("p9", "jane-roe", "Jane Q. Roe", List.of("Jane Roe"), null)), List.of(), List.of());
        List<PeopleFinder.Person> ps = new PeopleFinder().find("Jane Roe said no.", List.of(), new Gazetteer(known), List.of());
        assertEquals("Jane Q. Roe", ps.get(0).name);
        assertEquals("p9", ps.get(0).knownId);
        KnownNames lula = new KnownNames(List.of(new KnownNames.Known("p1", "lula", "Luiz Inácio Lula da Silva", List.of("Lula"), null)), List.of(), List.of());
        List<PeopleFinder.Person> l = new PeopleFinder().find("Brazil's President Lula said no.", List.of(), new Gazetteer(lula), List.of());
        assertEquals("Luiz Inácio Lula da Silva", l.get(0).name);
        assertEquals("Brazil's President", l.get(0).role);
    }

    @Test
    void quotesGetSpeakersFromTheSentence() {
        String text = "“We will not stop,” said Defence Minister Maria Rossi. “Never.”\n\n"
                + "The Italian government described the plan as “reckless”. According to Paolo Bianchi, “it cannot work.”\n\n"
                + "Rossi later spoke again. “It is done,” she added.";
        List<Mention> ents = new EntityFinder().find(text, GAZ, 0, 0);
        List<PeopleFinder.Person> ps = new PeopleFinder().find(text, ents, GAZ, List.of());
        List<Mention> all = new ArrayList<>(ents);
        ps.forEach(p -> all.addAll(p.mentions));
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Map<String, QuoteFinder.Quote> q = new QuoteFinder().find(text, all).stream().collect(Collectors.toMap(QuoteFinder.Quote::text, x -> x));
        assertEquals("Maria Rossi", q.get("We will not stop").speaker().name());
        assertEquals("Maria Rossi", q.get("Never.").speaker().name());
        assertEquals("Italy", q.get("reckless").speaker().name());
        assertTrue(q.get("reckless").fragment());
        assertEquals("Paolo Bianchi", q.get("it cannot work.").speaker().name());
        assertEquals("Maria Rossi", q.get("It is done").speaker().name());
        assertTrue(!q.get("We will not stop").fragment());
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), QuoteSpans.spans("Iran’s neighbors and Labour's chances aren't quotes."));
        assertEquals(1, QuoteSpans.spans("concern over ‘military association’ between").size());
    }
}
