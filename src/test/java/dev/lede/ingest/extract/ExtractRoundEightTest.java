package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.lede.ingest.extract.EntityAliasesTest.extract;
import static dev.lede.ingest.extract.EntityAliasesTest.named;
import static dev.lede.ingest.extract.EntityAliasesTest.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Round 8, each rule on a sentence: a demonym before a body's short form qualifies it by its country ({@link
 * DemonymNames}, {@link EntityAliases}), and a quote goes to the person named after "according to" and a long title, or
 * past a relative clause between a titled speaker and "said" ({@link QuoteAttribution}). The bodies and people are
 * invented: the rules read grammar, not a list of names.
 */
class ExtractRoundEightTest {

    @Test
    void aDemonymNamesItsCountryAndTheRestOfTheName() {
        assertEquals("Iran", CountryData.countryOfDemonym("Iranian"));
        // a demonym several entries share names the sovereign state, not a territory under a longer name
        assertEquals("United States", CountryData.countryOfDemonym("American"));
        assertEquals("India", CountryData.countryOfDemonym("Indian"));
        assertEquals("Norway", CountryData.countryOfDemonym("Norwegian"));
        assertNull(CountryData.countryOfDemonym("Harbour"));
        assertEquals(new DemonymNames.Qualified("South Korea", "Foreign Ministry"), DemonymNames.of("South Korean Foreign Ministry"));
        assertEquals(new DemonymNames.Qualified("Iran", "Ministry of Tidal Affairs"), DemonymNames.of("Iranian Ministry of Tidal Affairs"));
        assertNull(DemonymNames.of("Iranian Parliament"), "one word after the demonym is no short form");
        assertNull(DemonymNames.of("Tidal Works Ministry"));
    }

    @Test
    void aDemonymBeforeAShortFormIsTheCountrysBodyNamedInFull() {
        Extraction x = extract("The Ministry of Tidal Affairs of Norway said on Monday it would review the plan. "
                + "The Norwegian Tidal Ministry later confirmed it.");
        Extraction.EntityFound ministry = named(x, "Ministry of Tidal Affairs of Norway");
        assertNotNull(ministry, names(x).toString());
        assertEquals(List.of("Ministry of Tidal Affairs of Norway", "Norwegian Tidal Ministry"), ministry.forms());
        assertEquals(2, ministry.mentions());
        assertNull(named(x, "Norwegian Tidal Ministry"), names(x).toString());
    }

    @Test
    void aDemonymAndAPossessiveOfTheSameCountryAreOneBody() {
        Extraction x = extract("The Norwegian Tidal Ministry said on Monday it would review the plan. "
                + "Norway's Tidal Ministry later confirmed it.");
        Extraction.EntityFound ministry = named(x, "Norwegian Tidal Ministry");
        assertNotNull(ministry, names(x).toString());
        assertEquals(List.of("Norwegian Tidal Ministry", "Tidal Ministry"), ministry.forms());
        // the long form opened by a demonym yields the short form too
        Extraction longForm = extract("The Norwegian Ministry of Tidal Affairs said on Monday it would review the plan. "
                + "Norway's Tidal Ministry later confirmed it.");
        assertEquals(List.of("Norwegian Ministry of Tidal Affairs", "Tidal Ministry"),
                named(longForm, "Norwegian Ministry of Tidal Affairs").forms(), names(longForm).toString());
    }

    @Test
    void anotherCountrysDemonymIsAnotherBody() {
        Extraction two = extract("The Norwegian Tidal Ministry said on Monday it would review the plan. "
                + "The Chilean Tidal Ministry rejected it.");
        assertEquals(List.of("Norwegian Tidal Ministry"), named(two, "Norwegian Tidal Ministry").forms(), names(two).toString());
        assertEquals(List.of("Chilean Tidal Ministry"), named(two, "Chilean Tidal Ministry").forms(), names(two).toString());
        // beside Norway's long form, the Norwegian form is Norway's body and the Chilean one another (so "the Tidal
        // Ministry" alone could be either and names neither)
        Extraction longForm = extract("The Ministry of Tidal Affairs of Norway said on Monday it would review the plan. "
                + "The Norwegian Tidal Ministry agreed, the Chilean Tidal Ministry rejected it and the Tidal Ministry said nothing.");
        assertEquals(List.of("Chilean Tidal Ministry"), named(longForm, "Chilean Tidal Ministry").forms(), names(longForm).toString());
        assertEquals(List.of("Ministry of Tidal Affairs of Norway", "Norwegian Tidal Ministry"),
                named(longForm, "Ministry of Tidal Affairs of Norway").forms());
        assertNotNull(named(longForm, "Tidal Ministry"), names(longForm).toString());
        // two countries' long forms: the short form qualified by one of them names that one
        Extraction possessive = extract("The Ministry of Tidal Affairs of Norway and the Ministry of Tidal Affairs of Chile disagreed. "
                + "Norway's Tidal Ministry said on Monday it would review the plan.");
        assertEquals(2, named(possessive, "Ministry of Tidal Affairs of Norway").mentions(), names(possessive).toString());
        assertEquals(1, named(possessive, "Ministry of Tidal Affairs of Chile").mentions());
        // an unqualified long form and two countries' demonyms: the short form could be either, so it names neither
        Extraction either = extract("The Ministry of Tidal Affairs said on Monday it would review the plan. "
                + "The Norwegian Tidal Ministry agreed and the Chilean Tidal Ministry rejected it.");
        assertNotNull(named(either, "Norwegian Tidal Ministry"), names(either).toString());
        assertNotNull(named(either, "Chilean Tidal Ministry"), names(either).toString());
        assertEquals(1, named(either, "Ministry of Tidal Affairs").mentions());
    }

    @Test
    void aDemonymBeforeAnAreaNounIsStillNoOrganisation() {
        Extraction x = extract("Fighting continued in the Iranian province of Kerman, where the Iranian Tidal Ministry sent a team.");
        assertFalse(names(x).contains("Iranian"), names(x).toString());
        assertNotNull(named(x, "Iranian Tidal Ministry"), names(x).toString());
    }

    static List<String> people(Extraction x) {
        return x.people().stream().map(Extraction.PersonFound::name).toList();
    }

    @Test
    void aHyphenatedGivenNameIsAPersonWithoutAnAnchor() {
        Extraction x = extract("Seung-hoon Yoo was selected as best director, and the jury also praised the work of Thanh-Huong Pham.");
        assertEquals(List.of("Seung-hoon Yoo", "Thanh-Huong Pham"), people(x));
        // not a compound of countries, a title, a kind noun after it, nor the words of a title-cased headline
        Extraction guards = EntityAliasesTest.EXTRACTOR.extract(RawPage.ofText("Envoys Meet Ahead Of The High-Profile Envoys Summit\n\n"
                + "The Russia-Ukraine War dominated the talks, and the Indo-Pacific Command met Ex-President Kowalczyk on the quay.\n"),
                KnownNames.empty());
        assertFalse(people(guards).stream().anyMatch(n -> n.contains("-")), people(guards).toString());
    }

    static String speakerOf(Extraction x, String quoteStart) {
        return x.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).findFirst().orElseThrow().speakerName();
    }

    @Test
    void aQuoteGoesToThePersonAfterAccordingToAndALongTitle() {
        Extraction x = extract("“The port will stay closed until the repairs are finished,” said Maria Lopez, the council's spokeswoman. "
                + "“The talks are over for now and nobody knows when they resume,” according to the deputy head of the regional "
                + "administration, Ivan Petrov.");
        assertEquals("Maria Lopez", speakerOf(x, "The port will stay"));
        assertEquals("Ivan Petrov", speakerOf(x, "The talks are over"));
        // no person after "according to": the rule says nothing, the sentence's other readings decide
        Extraction report = extract("“The port will stay closed until the repairs are finished,” said Maria Lopez, the council's "
                + "spokeswoman. “The talks are over for now and nobody knows when they resume,” according to a report on Monday.");
        assertEquals("Maria Lopez", speakerOf(report, "The talks are over"));
    }

    @Test
    void aQuoteGoesToATitledSpeakerPastARelativeClause() {
        Extraction x = extract("“The port will stay closed until the repairs are finished,” said Maria Lopez, the council's spokeswoman. "
                + "“The talks are over for now and nobody knows when they resume,” the regional administration’s deputy head "
                + "Ivan Petrov, who has followed the matter for years, said.");
        assertEquals("Maria Lopez", speakerOf(x, "The port will stay"));
        assertEquals("Ivan Petrov", speakerOf(x, "The talks are over"));
    }
}
