package dev.lede.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities the gazetteer does not know, recognised by the words that describe them: "the CGT union",
 * "the Cambridge-based chip designer", "Acme, a chipmaker,", "the Riverside bridge", "the labour ministry".
 * Each rule adds a mention only where no earlier one starts or covers the name, so the order of the rules
 * is their precedence.
 */
final class DescribedEntities {

    // Each pattern below opens with (?=\p{Lu}): a capital is needed there anyway, and testing it first spares the
    // lookbehind or word boundary at every other character of the page (as in AcronymOrganisations, where it halved the search).
    /** "the CGT union", "the PKK militia": an unknown acronym named by what it is. */
    private static final GatedPattern ACRONYM_ORG = GatedPattern.of("(?=\\p{Lu})\\b(\\p{Lu}{2,6}) (union|trade union|party|group|agency|federation|association|alliance|coalition|militia|movement)\\b",
            " union", " party", " group", " agency", " federation", " association", " alliance", " coalition", " militia", " movement");
    /** "the Cambridge-based chip designer" → Cambridge. */
    private static final GatedPattern BASED = GatedPattern.of("(?=\\p{Lu})\\b(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)-based\\b", "-based");
    /** "Unite, the union, ..." / "Acme, a chipmaker," : a name explained by what kind of body it is. */
    private static final GatedPattern ORG_APPOSITION = GatedPattern.of("(?=\\p{Lu})\\b(\\p{Lu}[\\p{L}&]+(?: \\p{Lu}[\\p{L}&]+){0,3}), (?:the|a|an) (?:[a-z-]+ ){0,2}(union|trade union|party|group|charity|company|firm|agency|ministry|regulator|watchdog|bank|airline|carmaker|chipmaker|retailer|broadcaster|newspaper|militia|startup|insurer|lender)\\b",
            ", the ", ", a ", ", an ");
    /** "the Riverside bridge": a name followed by a lower-case kind of place. */
    private static final GatedPattern NAMED_PLACE = GatedPattern.of("(?=\\p{Lu})\\b(?<![.!?] )(\\p{Lu}[\\p{L}-]+) (bridge|river|airport|square|street|avenue|highway|lake|bay|harbour|harbor|stadium|dam|region|province|oblast|district|county)\\b",
            " bridge", " river", " airport", " square", " street", " avenue", " highway", " lake", " bay", " harbo", " stadium",
            " dam", " region", " province", " oblast", " district", " county");
    /** "the labour ministry", "Russia's defence ministry" → Ministry of Labour / Defence. */
    private static final GatedPattern LOWER_MINISTRY = GatedPattern.of("\\b(labour|labor|defence|defense|foreign|interior|finance|health|education|justice|economy|energy|environment|agriculture|transport|trade) ministry\\b", " ministry");

    /** Adds to {@code out} (the mentions found so far) the described entities of {@code text}. */
    static void add(List<Mention> out, String text, int skipFrom, int skipTo) {
        acronyms(out, text, skipFrom, skipTo);
        based(out, text);
        appositions(out, text);
        namedPlaces(out, text);
        ministries(out, text);
    }

    private static void acronyms(List<Mention> out, String text, int skipFrom, int skipTo) {
        Matcher acr = ACRONYM_ORG.matcher(text);
        while (acr.find()) {
            if (acr.start() >= skipFrom && acr.start() < skipTo) continue;
            final int s = acr.start(1);
            if (covered(out, s)) continue;
            String noun = acr.group(2).toLowerCase(Locale.ROOT);
            String kind = noun.equals("party") ? "political_party" : noun.equals("agency") ? "agency" : "organization";
            out.add(new Mention(s, acr.end(), acr.group(), acr.group(1), kind, false));
        }
    }

    private static void based(List<Mention> out, String text) {
        Matcher based = BASED.matcher(text);
        while (based.find()) {
            final int s = based.start(1);
            if (isDemonym(based.group(1))) continue; // "Russian-based entities" names no place
            if (covered(out, s)) continue;
            out.add(new Mention(s, based.end(1), based.group(1), based.group(1), "place", false));
        }
    }

    private static void appositions(List<Mention> out, String text) {
        Matcher ap = ORG_APPOSITION.matcher(text);
        while (ap.find()) {
            final int s = ap.start(1);
            if (Tokens.STOP.contains(ap.group(1)) || covered(out, s) || describesAPerson(text, ap.end())) continue;
            if (twoWordsBeforeKind(ap) && !endsApposition(text, ap.end(), ap.group(1))) continue;
            String noun = ap.group(2);
            String kind = noun.equals("party") ? "political_party" : noun.matches("agency|regulator|watchdog") ? "agency"
                    : noun.matches("ministry") ? "government_body" : noun.matches("union|trade union|group|charity|militia") ? "organization" : "company";
            out.add(new Mention(s, ap.end(1), ap.group(1), ap.group(1), kind, false));
        }
    }

    /**
     * "X, the ministry's chief epidemiologist", "Y, a union leader": the body's noun owns or qualifies a person's
     * role, so the name before the comma is that person's, not the body's.
     */
    private static boolean describesAPerson(String text, int nounEnd) {
        if (!text.startsWith("'s", nounEnd) && !text.startsWith("’s", nounEnd)) return Roles.personNoun(Text.wordAfter(text, nounEnd));
        // "the company's main competitor" is a body again: after the possessive, a role within two words
        String first = Text.wordAfter(text, nounEnd + 2);
        return Roles.personNoun(first) || !first.isEmpty() && Roles.personNoun(Text.wordAfter(text, nounEnd + 3 + first.length()));
    }

    private static boolean twoWordsBeforeKind(Matcher ap) {
        String between = ap.group().substring(ap.end(1) - ap.start(), ap.start(2) - ap.start());
        return between.trim().split(" ").length >= 4; // ", the state-controlled oil " -> the + two words
    }

    /**
     * "Petrobras, the state-controlled oil company,": with two words before the kind noun, the noun must close the
     * apposition and the name must not open with a given name ("Ahmed Ali, a former rebel militia fighter").
     */
    private static boolean endsApposition(String text, int nounEnd, String name) {
        boolean closes = nounEnd >= text.length() || ",.;".indexOf(text.charAt(nounEnd)) >= 0;
        return closes && !FirstNames.contains(name.split(" ")[0]);
    }

    private static void namedPlaces(List<Mention> out, String text) {
        Matcher np = NAMED_PLACE.matcher(text);
        while (np.find()) {
            final int s = np.start(1);
            if (Tokens.STOP.contains(np.group(1)) || covered(out, s)) continue;
            // "the Iranian province of Kerman": a demonym says whose area it is, it names no place
            if (isDemonym(np.group(1))) continue;
            boolean area = np.group(2).matches("region|province|oblast|district|county");
            // "the Odesa region" is the place Odesa; "the Riverside bridge" is a place of its own name
            out.add(new Mention(s, np.end(), np.group(), area ? np.group(1) : np.group(), "place", false));
        }
    }

    private static void ministries(List<Mention> out, String text) {
        Matcher min = LOWER_MINISTRY.matcher(text);
        while (min.find()) {
            final int s = min.start();
            if (covered(out, s)) continue;
            // "foreign ministry": the body is the Ministry of Foreign Affairs, never a "Ministry of Foreign"
            String field = min.group(1).equalsIgnoreCase("foreign") ? "Foreign Affairs" : Text.titleCase(min.group(1));
            out.add(new Mention(s, min.end(), min.group(), "Ministry of " + field, "government_body", false));
        }
    }

    /** Whether a mention found earlier already covers the character at {@code s}. */
    private static boolean covered(List<Mention> out, int s) {
        return out.stream().anyMatch(m -> m.start() <= s && m.end() > s);
    }

    private static boolean isDemonym(String w) {
        for (CountryData.Country c : CountryData.all()) if (c.demonyms().contains(w)) return true;
        return false;
    }

    private DescribedEntities() {
    }
}
