package dev.lede.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The role the text states next to a person's mention: a title before it ("press secretary Sean Spicer"), an
 * apposition after it ("Antony Blinken, US Secretary of State,") or before it ("Moscow’s envoy to the UN,
 * Vassily Nebenzia,").
 */
final class RolePhrases {

    private static final Set<String> JOINERS = Set.of("of", "for");
    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("^(?:an? )?\\d{1,3}-year-old (?!company|firm|business|group|institution|organi[sz]ation|brand|club|party)\\p{Ll}");
    /** Words a title phrase before a name may hold besides names and titles ("envoy to the UN", "governor of the region"). */
    private static final Set<String> TITLE_PHRASE_WORDS = Set.of("to", "the", "of", "for", "at", "in", "region", "province",
            "city", "state", "district", "ministry", "department", "party", "company", "union", "council", "agency");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("to", "the", "of", "for", "at", "in");

    /** The role stated next to the mention at tokens [from, to], or null. */
    static String role(String text, List<Tokens.Token> toks, int from, int to) {
        String after = appositionAfter(text, toks, to);
        if (after != null) return after;
        String before = titleBefore(text, toks, from);
        if (before != null) return before;
        return appositionBefore(text, toks, from, to);
    }

    /** "press secretary Sean Spicer", "US Secretary of State Antony Blinken", "Steinmeier’s spokesman Martin Schaefer". */
    private static String titleBefore(String text, List<Tokens.Token> toks, int from) {
        int k = from - 1;
        int start = -1;
        boolean hasNoun = false;
        while (k >= 0) {
            Tokens.Token t = toks.get(k);
            if (!Tokens.adjacent(text, t, toks.get(k + 1)) && !(toks.get(k + 1).type() == Tokens.Type.POSS)) break;
            if (t.type() == Tokens.Type.POSS) {
                if (k - 1 >= 0 && toks.get(k - 1).capitalized()) {
                    start = k - 1;
                    k -= 2;
                    continue;
                }
                break;
            }
            if (t.type() != Tokens.Type.WORD) break;
            String w = t.text();
            boolean noun = Roles.isNoun(w) || Roles.personNoun(w); // "Brazilian striker X", "Nvidia boss X"
            if (noun) hasNoun = true;
            if (noun || Roles.MODIFIERS.contains(w) || (t.capitalized() && !Tokens.STOP.contains(w))
                    || (JOINERS.contains(w) && start >= 0 && (toks.get(k + 1).capitalized() || toks.get(k + 1).text().equals("the")))
                    || insideTitle(toks, k, start)) {
                start = k;
                k--;
                continue;
            }
            break;
        }
        if (start < 0 || !hasNoun) return null;
        while (start < from && JOINERS.contains(toks.get(start).text())) start++;
        String role = text.substring(toks.get(start).start(), toks.get(from - 1).end());
        return role.isBlank() ? null : role.strip();
    }

    /**
     * "Secretary of the Provincial Party Committee", "Chairman of the People's Committee of Thai Binh province": "the"
     * after "of" or "for", and an area noun after a capitalised name, stay inside a title phrase (walking back).
     */
    private static boolean insideTitle(List<Tokens.Token> toks, int k, int start) {
        String w = toks.get(k).text();
        if (w.equals("the")) return start >= 0 && k > 0 && JOINERS.contains(toks.get(k - 1).text()) && toks.get(k + 1).capitalized();
        return AREA_NOUNS.contains(w) && k > 0 && toks.get(k - 1).capitalized() && !Tokens.STOP.contains(toks.get(k - 1).text());
    }

    private static final Set<String> AREA_NOUNS = Set.of("province", "region", "district", "city", "state", "county", "commune", "ward", "prefecture");

    /** ", US Secretary of State," or " - Secretary of State for Children, Schools and Families -" after a name. */
    static String appositionAfter(String text, List<Tokens.Token> toks, int to) {
        String phrase = bracketedAfter(text, toks.get(to).end());
        if (phrase == null) return null;
        // "a 24-year-old student who joined the protest": the relative clause says what the person did, not the role
        phrase = phrase.replaceFirst("\\s+(?:who|whose|which|that)\\s.*$", "").strip();
        if (Text.wordCount(phrase) > 10 || Text.wordCount(phrase) < 1) return null;
        List<Tokens.Token> pt = Tokens.of(phrase);
        boolean aged = AGED.matcher(phrase).find(); // "a 45-year-old grower": whatever the noun, a person's description
        return aged || isRolePhrase(pt) ? phrase.replaceFirst("^(?:the|a|an) ", "") : null;
    }

    /** The phrase between dashes or between a comma and the next punctuation, right after {@code pos}; null when none. */
    private static String bracketedAfter(String text, int pos) {
        String rest = text.substring(pos, Math.min(text.length(), pos + 300)); // an apposition is short
        if (rest.startsWith(" - ") || rest.startsWith(" – ") || rest.startsWith(" — ")) {
            int close = indexOfAny(rest.substring(3), " - ", " – ", " — ");
            if (close > 0) return rest.substring(3, 3 + close);
        } else if (rest.startsWith(", ")) {
            int close = indexOfAny(rest.substring(2), ",", ".", ";");
            if (close > 0) return rest.substring(2, 2 + close);
        }
        return null;
    }

    /** A phrase with a role noun that is neither a list of names nor a clause of its own ("said ..."). */
    private static boolean isRolePhrase(List<Tokens.Token> pt) {
        // "a 45-year-old farmer", "the team's goalkeeper": a person noun names a role as well as a title does
        boolean noun = pt.stream().anyMatch(t -> Roles.isNoun(t.text()) || Roles.personNoun(t.text()));
        if (!noun) return false;
        // a list of names ("Angela Merkel, French President Francois Hollande and ...") is not an apposition
        for (int x = 0; x + 1 < pt.size(); x++) {
            if (pt.get(x).capitalized() && FirstNames.contains(pt.get(x).text()) && pt.get(x + 1).capitalized()) return false;
        }
        if (pt.get(0).type() == Tokens.Type.WORD && Roles.SPEECH.contains(pt.get(0).lower())) return false;
        return pt.get(0).capitalized() || ARTICLES.contains(pt.get(0).text()) || Roles.isNoun(pt.get(0).text())
                || Roles.MODIFIERS.contains(pt.get(0).text());
    }

    /** "Moscow’s envoy to the UN, Vassily Nebenzia, ...": a title phrase opening the clause, then the name. */
    static String appositionBefore(String text, List<Tokens.Token> toks, int from, int to) {
        if (from < 2 || !toks.get(from - 1).text().equals(",")) return null;
        if (to + 1 >= toks.size() || !toks.get(to + 1).text().equals(",")) return null;
        // walk back over the title phrase only: names, possessives, titles and "to the"/"of"/"for"
        int k = from - 2;
        while (k >= 0 && inTitlePhrase(toks.get(k))) k--;
        int start = k + 1;
        // "The town's mayor, Lise Hartmann,": an owner written in lower case is no part of the title
        while (start < from - 1 && (LEADING_PREPOSITIONS.contains(toks.get(start).text()) || toks.get(start).type() == Tokens.Type.POSS)) start++;
        if (start >= from - 1 || from - 1 - start > 8) return null;
        boolean noun = false;
        for (int x = start; x < from - 1; x++) if (Roles.isNoun(toks.get(x).text())) noun = true;
        if (!noun) return null;
        String phrase = text.substring(toks.get(start).start(), toks.get(from - 2).end());
        return phrase.replaceFirst("^(?:The|the|A|a|Its|its|His|his|Her|her|Their|their) ", "");
    }

    private static boolean inTitlePhrase(Tokens.Token t) {
        return t.type() == Tokens.Type.POSS || (t.capitalized() && !Tokens.STOP.contains(t.text()))
                || Roles.isNoun(t.text()) || Roles.MODIFIERS.contains(t.text()) || TITLE_PHRASE_WORDS.contains(t.text());
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private RolePhrases() {
    }
}
