package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 7: the rules that make a long official name and its short forms one entity ({@link EntityAliases},
 * {@link ShortForms}), and the ambiguity rule that keeps two bodies apart. The names are invented: the rules read the
 * grammar of official names, not a list of bodies.
 */
class EntityAliasesTest {

    static final NewsExtractor EXTRACTOR = PerturbationTest.EXTRACTOR;
    static final String HEAD = "Council vote counted in the harbour town\n\n";

    static Extraction extract(String body, KnownNames known) {
        return EXTRACTOR.extract(RawPage.ofText(HEAD + body + "\n"), known);
    }

    static Extraction extract(String body) {
        return extract(body, KnownNames.empty());
    }

    static Extraction.EntityFound named(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    static List<String> names(Extraction x) {
        return x.entities().stream().map(Extraction.EntityFound::name).toList();
    }

    @Test
    void initialsSkipFunctionWordsAndAlsoCountThem() {
        assertEquals(List.of("DPP"), ShortForms.initials("Democratic Progressive Party"));
        assertEquals(List.of("MFA", "MOFA"), ShortForms.initials("Ministry of Foreign Affairs"));
        assertEquals(List.of(), ShortForms.initials("Ministry"));
        assertEquals(List.of(), ShortForms.initials("ministry of something"));
        assertEquals(List.of("Defence Ministry"), ShortForms.inverted("Ministry of Defence"));
        assertEquals(List.of("Foreign Affairs Ministry", "Foreign Ministry"), ShortForms.inverted("Ministry of Foreign Affairs"));
        assertEquals(List.of("Justice Department"), ShortForms.inverted("Department of Justice"));
        assertEquals(List.of(), ShortForms.inverted("Republic of Korea"), "not a kind word: no inverted form");
    }

    @Test
    void anAcronymWithoutParenthesesDottedOrNotIsAnAliasOfItsLongForm() {
        Extraction x = extract("The Velmora Rastin Party won the vote on Monday, and the VRP said it would lead the council. "
                + "Observers said the V.R.P. would keep its seats.");
        Extraction.EntityFound party = named(x, "Velmora Rastin Party");
        assertNotNull(party, names(x).toString());
        assertEquals(List.of("Velmora Rastin Party", "VRP", "V.R.P."), party.forms());
        assertEquals(3, party.mentions());
        assertFalse(names(x).contains("VRP"), names(x).toString());
        // the acronym before the long form links too (a headline-style opening)
        Extraction before = extract("The VRP said on Monday it would lead the council. The Velmora Rastin Party won the vote.");
        assertEquals(2, named(before, "Velmora Rastin Party").mentions(), names(before).toString());
    }

    @Test
    void ministriesAndDepartmentsNamedEitherWayAreOneBody() {
        Extraction x = extract("The Ministry of Tidal Affairs said the Tidal Ministry would send a team, and the Tidal Affairs "
                + "Ministry confirmed it. The Harbour Department said on Tuesday that the Department of Harbour would wait.");
        assertEquals(List.of("Ministry of Tidal Affairs", "Tidal Ministry", "Tidal Affairs Ministry"),
                named(x, "Ministry of Tidal Affairs").forms(), names(x).toString());
        assertEquals(3, named(x, "Ministry of Tidal Affairs").mentions());
        assertEquals(List.of("Harbour Department", "Department of Harbour"), named(x, "Department of Harbour").forms(), names(x).toString());
        assertNull(named(x, "Harbour Department"));
    }

    @Test
    void aPartyIsNamedByItsBareNameOnlyWhereThePageSaysTheParty() {
        Extraction party = extract("The Liberty Party said on Monday that Liberty would not join the coalition, a spokesman "
                + "for the party said. Crowds gathered on Liberty Square.");
        assertEquals(List.of("Liberty Party", "Liberty"), named(party, "Liberty Party").forms(), names(party).toString());
        assertEquals(2, named(party, "Liberty Party").mentions(), "\"Liberty Square\" is no mention of the party");
        Extraction noKindNoun = extract("The Liberty Party said on Monday that Liberty would not join the coalition.");
        assertEquals(List.of("Liberty Party"), named(noKindNoun, "Liberty Party").forms());
    }

    @Test
    void twoBodiesThatYieldOneShortFormStayApart() {
        // two long forms with the same initials: the acronym names neither
        Extraction acronym = extract("The Velmora Rastin Party and the Vantor Rell Party both voted for the plan, and the VRP said "
                + "it was pleased.");
        assertEquals(List.of("Velmora Rastin Party"), named(acronym, "Velmora Rastin Party").forms(), names(acronym).toString());
        assertEquals(List.of("Vantor Rell Party"), named(acronym, "Vantor Rell Party").forms());
        // the same ministry of two countries: two bodies, and "the Defence Ministry" alone is neither
        Extraction tails = extract("The Ministry of Defence of Norway said the plan was sound, while the Ministry of Defence of Chile "
                + "said it needed more study. The Defence Ministry said it would wait.");
        assertEquals(List.of("Ministry of Defence of Norway"), named(tails, "Ministry of Defence of Norway").forms(), names(tails).toString());
        assertEquals(List.of("Ministry of Defence of Chile"), named(tails, "Ministry of Defence of Chile").forms());
        assertNotNull(named(tails, "Defence Ministry"), names(tails).toString());
        // the same name qualified by two countries is two bodies, not one
        Extraction possessive = extract("Norway's Defence Ministry backed the plan and Chile's Defence Ministry did not.");
        assertNotNull(named(possessive, "Defence Ministry of Norway"), names(possessive).toString());
        assertNotNull(named(possessive, "Defence Ministry of Chile"), names(possessive).toString());
        // a short form qualified by another country than its long form is another body
        Extraction other = extract("The Ministry of Defence of Norway said the plan was sound. Chile's Defence Ministry said it "
                + "needed more study.");
        assertEquals(List.of("Ministry of Defence of Norway"), named(other, "Ministry of Defence of Norway").forms(), names(other).toString());
    }

    @Test
    void anAcronymBeforeATitleQualifiesThePersonNotTheBody() {
        Extraction x = extract("The Ministry of Foreign Affairs met on Monday. FM Spokesman said: “The talks will go on.”");
        assertEquals(List.of("Ministry of Foreign Affairs"), named(x, "Ministry of Foreign Affairs").forms(), names(x).toString());
        assertTrue(x.quotes().stream().noneMatch(q -> "Ministry of Foreign Affairs".equals(q.speakerName())), x.quotes().toString());
    }

    @Test
    void anAcronymOfACatalogBodyLinksToItUnlessTwoShareIt() {
        KnownNames.Known party = new KnownNames.Known("ent-vrp", "velmora-rastin-party", "Velmora Rastin Party", List.of(), "political_party");
        Extraction x = extract("The council met on Tuesday, and the VRP said the harbour plan would go ahead.",
                new KnownNames(List.of(), List.of(party), List.of()));
        Extraction.EntityFound linked = named(x, "Velmora Rastin Party");
        assertNotNull(linked, names(x).toString());
        assertEquals("ent-vrp", linked.knownId());
        assertEquals("political_party", linked.kind());
        assertEquals(List.of("VRP"), linked.forms());
        KnownNames.Known other = new KnownNames.Known("ent-vrp2", "vantor-rell-party", "Vantor Rell Party", List.of(), "political_party");
        Extraction two = extract("The council met on Tuesday, and the VRP said the harbour plan would go ahead.",
                new KnownNames(List.of(), List.of(party, other), List.of()));
        assertNull(named(two, "Velmora Rastin Party"), names(two).toString());
        assertNull(named(two, "Vantor Rell Party"), names(two).toString());
    }

    @Test
    void aDottedAcronymIsNotTheTailOfALongerOne() {
        Extraction x = extract("Observers said the B.V.A.P. list was long and the count would take a week.");
        assertFalse(names(x).contains("Associated Press"), names(x).toString());
    }
}
