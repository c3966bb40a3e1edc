package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names no first-name list knows ("Shohei Ohtani", "Dilaver Azim"): a run of two or three capitalised words
 * that are not words of the page's own vocabulary (a word the page also writes in lower case, "city", is a
 * dictionary word, not a name), anchored by something that only people have: the surname standing alone
 * elsewhere in the text, "by" or "according to" before it, a place in a list with someone already known to
 * be a person ("A, B and C were sentenced"), or a verb of saying next to it.
 */
final class NameShapes {

    /** A capitalised run [from, to] for which the person rules found no evidence. */
    record Run(int from, int to) {
    }

    private static final Set<String> ANCHOR_BEFORE = Set.of("by", "to");

    /** The runs that are names, given the people already found ({@code people}: their full names). */
    static List<Run> names(String text, List<Tokens.Token> toks, List<Run> runs, Set<String> people) {
        Set<String> vocabulary = vocabulary(toks);
        Set<String> alone = alone(text, toks);
        List<Run> shaped = new ArrayList<>(runs.stream().filter(r -> shaped(toks, r, vocabulary)).toList());
        Set<String> accepted = new HashSet<>(people);
        List<Run> out = new ArrayList<>();
        // a list grows from the person it names first ("Hidayet Karaca, Ilhan Isbilen, Kazim Avci"): a few passes,
        // each linear in the runs left, so a long page stays linear
        for (int pass = 0; pass < 6 && !shaped.isEmpty(); pass++) {
            List<Run> found = new ArrayList<>();
            for (Run r : shaped) if (anchored(text, toks, r, accepted, alone)) found.add(r);
            if (found.isEmpty()) break;
            for (Run r : found) accepted.add(name(text, toks, r));
            out.addAll(found);
            shaped.removeAll(found);
        }
        return out;
    }

    static String name(String text, List<Tokens.Token> toks, Run r) {
        return text.substring(toks.get(r.from()).start(), toks.get(r.to()).end());
    }

    /** Lower-case words the page uses: its own dictionary. */
    static Set<String> vocabulary(List<Tokens.Token> toks) {
        Set<String> v = new HashSet<>();
        for (Tokens.Token t : toks) if (t.type() == Tokens.Type.WORD && t.text().equals(t.lower())) v.add(t.text());
        return v;
    }

    private static boolean shaped(List<Tokens.Token> toks, Run r, Set<String> vocabulary) {
        // particles inside the name ("Ana de la Cruz", "Abdullah bin Rashid") are not counted as its words
        int n = 0;
        for (int k = r.from(); k <= r.to(); k++) if (k == r.from() || !NameSpans.isConnector(toks, k)) n++;
        if (n < 2 || n > 3) return false;
        for (int k = r.from(); k <= r.to(); k++) {
            Tokens.Token t = toks.get(k);
            if (k > r.from() && NameSpans.isConnector(toks, k)) continue;
            if (!t.capitalized() || t.allCaps() || t.text().length() < 2) return false;
            if (vocabulary.contains(t.lower()) && !FirstNames.contains(t.text())) return false;
            if (EntityKeywords.placeKeyword(t.text()) || CountryData.isCountryWord(t.text())) return false;
        }
        return true;
    }

    private static boolean anchored(String text, List<Tokens.Token> toks, Run r, Set<String> accepted, Set<String> alone) {
        // the surname alone, elsewhere in the text: "Ohtani emphasized ..." (a run's own words are never alone)
        if (alone.contains(toks.get(r.to()).text())) return true;
        if (r.from() > 0 && ANCHOR_BEFORE.contains(toks.get(r.from() - 1).text())) return true;
        if (r.from() > 1 && toks.get(r.from() - 1).text().equals("to") && toks.get(r.from() - 2).lower().equals("according")) return true;
        if (r.to() + 1 < toks.size() && Roles.SPEECH.contains(toks.get(r.to() + 1).lower())) return true;
        if (r.from() > 0 && Roles.SPEECH.contains(toks.get(r.from() - 1).lower())) return true;
        // a title before it or an apposition after it: "said US Secretary of State X", "X, the ministry's spokeswoman,"
        if (RolePhrases.role(text, toks, r.from(), r.to()) != null) return true;
        if (setOffAfterPersonNoun(text, toks, r)) return true;
        if (hyphenatedGivenName(text, toks, r)) return true;
        if (personClauseAfter(text, toks, r.to())) return true;
        return listedWithPerson(text, toks, r, accepted);
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "another", "one");
    private static final Set<String> NOT_APPOSITION = Set.of("for", "according", "like", "unlike", "as", "to");

    /**
     * "Her husband, Hassan Ali, added", "the judge, Amit Mehta, wrote", "Another teacher, Samir Khalil, agreed": a name
     * between commas right after a singular
     * person noun that opens with a determiner. Not a plural ("The champions, Aston Villa,"), nor after "for",
     * "according to", "like" ("For the suspect, Scotland Yard ..."), nor without the closing comma.
     */
    private static boolean setOffAfterPersonNoun(String text, List<Tokens.Token> toks, Run r) {
        int n = r.from() - 2;
        if (n < 1 || !toks.get(r.from() - 1).text().equals(",") || r.to() + 1 >= toks.size() || !toks.get(r.to() + 1).text().equals(",")) return false;
        String noun = toks.get(n).text();
        if (!Roles.personNoun(noun) || noun.endsWith("s") && Roles.personNoun(noun.substring(0, noun.length() - 1))) return false;
        int d = n - 1;
        while (d >= 0 && d >= n - 3 && !DETERMINERS.contains(toks.get(d).lower()) && toks.get(d).type() == Tokens.Type.WORD) d--;
        if (d < 0 || d < n - 3 || !DETERMINERS.contains(toks.get(d).lower())) return false;
        return d == 0 || !NOT_APPOSITION.contains(toks.get(d - 1).lower());
    }

    /** Two short syllables joined by a hyphen, the second capitalised or not: "Thanh-Huong", "Min-jun", "Jean-Luc". */
    private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}{1,6})-(\\p{L}\\p{Ll}{1,6})");

    /**
     * "Thanh-Huong Pham", "Seung-hoon Yoo": a hyphenated given name of two short syllables before one surname is a
     * person's name on its own, the shape of given names in Vietnamese, Korean, French and other traditions. Not when a
     * part is a country word ("Russia-Ukraine"), or a title ("Ex-President"), nor when the second word is a kind noun ("Indo-Pacific Command") or a title
     * ("High-Profile Envoys"), nor on a title-cased line (a headline's words are all capitalised). A shape, not a list of names.
     */
    private static boolean hyphenatedGivenName(String text, List<Tokens.Token> toks, Run r) {
        if (r.to() != r.from() + 1 || PlaceFinder.titleCased(text, toks.get(r.from()).start())) return false;
        String surname = toks.get(r.to()).text();
        if (Roles.isNoun(surname) || surname.endsWith("s") && Roles.isNoun(surname.substring(0, surname.length() - 1))) return false;
        java.util.regex.Matcher m = HYPHENATED.matcher(toks.get(r.from()).text());
        if (!m.matches() || EntityKeywords.kindForKeyword(toks.get(r.to()).text()) != null) return false;
        for (int g = 1; g <= 2; g++) {
            String part = m.group(g);
            if (CountryData.isCountryWord(part) || Roles.isNoun(part)) return false;
        }
        return true;
    }

    /** ", who ...", ", 45, ...", ", a 45-year-old ...": what the text says only of a person, right after the run. */
    private static final java.util.regex.Pattern PERSON_CLAUSE = java.util.regex.Pattern.compile(
            "^, (?:who(?:se)? (?!are |were |have )|\\d{1,3}, |(?:an? |the )?\\d{1,3}-year-old (\\p{Ll}+))");
    /** ", the head of the local office, said": a short parenthesis, then a verb of saying; no quote inside. */
    private static final java.util.regex.Pattern CLAUSE_THEN_SPEECH = java.util.regex.Pattern.compile(
            "^, [^,.;:!?\"“”«»\n]{3,90}, (\\p{Ll}+)\\b");

    /** The run [.., to] is followed by what only a person is said to have or do. */
    static boolean personClauseAfter(String text, List<Tokens.Token> toks, int to) {
        String after = text.substring(toks.get(to).end(), Math.min(text.length(), toks.get(to).end() + 100));
        java.util.regex.Matcher p = PERSON_CLAUSE.matcher(after);
        // "Aston Villa, who are fifth": a team; "Rolls Royce, a 118-year-old company": no person noun after the age
        if (p.find()) return p.group(1) == null || Roles.personNoun(p.group(1)) || Roles.isNoun(p.group(1));
        java.util.regex.Matcher m = CLAUSE_THEN_SPEECH.matcher(after);
        if (!m.find() || !Roles.SPEECH.contains(m.group(1))) return false;
        // the parenthesis says who the person is or what they were doing ("the head of the port's pilots", "speaking
        // to reporters"), not when or where a body spoke ("in a statement released on Monday")
        String clause = after.substring(2, m.start(1));
        return !clause.matches("(?s).*\\b(?:which|that)\\b.*") && !clause.matches("(?s)^(?:in|on|at|for|through|via|after|before|during|according|late|earlier|later|also)\\b.*");
    }

    /** Capitalised words that stand alone somewhere (their neighbours are not capitalised words). */
    private static Set<String> alone(String text, List<Tokens.Token> toks) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < toks.size(); k++) {
            if (!toks.get(k).capitalized()) continue;
            boolean before = k > 0 && toks.get(k - 1).capitalized() && Tokens.adjacent(text, toks.get(k - 1), toks.get(k));
            boolean after = k + 1 < toks.size() && toks.get(k + 1).capitalized() && Tokens.adjacent(text, toks.get(k), toks.get(k + 1));
            if (!before && !after) out.add(toks.get(k).text());
        }
        return out;
    }

    /** "X, Y and Z": the run is next to a person's name across one comma or "and". */
    private static boolean listedWithPerson(String text, List<Tokens.Token> toks, Run r, Set<String> accepted) {
        int pos = toks.get(r.to()).end();
        String after = text.substring(pos, Math.min(text.length(), pos + 80));
        String before = text.substring(Math.max(0, toks.get(r.from()).start() - 80), toks.get(r.from()).start());
        for (String p : accepted) {
            if (after.startsWith(", " + p) || after.startsWith(" and " + p)) return true;
            if (before.endsWith(p + ", ") || before.endsWith(p + " and ")) return true;
        }
        return false;
    }

    private NameShapes() {
    }
}
