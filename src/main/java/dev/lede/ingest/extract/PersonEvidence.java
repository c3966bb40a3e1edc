package dev.lede.ingest.extract;

import java.util.List;

/**
 * What anchors a capitalised span as a person, and how strongly: the catalog, a known first name, an honorific,
 * a title or a person noun before it, a verb of saying after it, or a role in apposition.
 */
final class PersonEvidence {

    /** How sure a capitalised span [from, to] is a person; 0 when there is no evidence at all. */
    static double of(List<Tokens.Token> toks, String text, int from, int to, boolean honorific, boolean known) {
        if (known) return 0.95;
        double e = 0;
        if (FirstNames.contains(toks.get(from).text())) e = Math.max(e, 0.8);
        if (honorific) e = Math.max(e, 0.8);
        if (from > 0 && Roles.isNoun(toks.get(from - 1).text())) e = Math.max(e, 0.85);
        if (from > 0 && Roles.personNoun(toks.get(from - 1).text())) e = Math.max(e, 0.7);
        if (to + 1 < toks.size() && Roles.SPEECH.contains(toks.get(to + 1).lower())) e = Math.max(e, 0.7);
        if (to + 2 < toks.size() && toks.get(to + 1).text().equals(",") && RolePhrases.appositionAfter(text, toks, to) != null) e = Math.max(e, 0.8);
        if (RolePhrases.appositionBefore(text, toks, from, to) != null) e = Math.max(e, 0.8);
        if (asARole(toks, from, to)) e = Math.max(e, 0.75);
        // "daughter of Thaksin Shinawatra", "the widow of X": a relative's "of" introduces a person
        if (from > 1 && toks.get(from - 1).text().equals("of") && KIN.contains(toks.get(from - 2).lower())) e = Math.max(e, 0.75);
        // a known first name with a title before it ("Chancellor Olaf Scholz") is as good as the catalog
        if (e > 0 && FirstNames.contains(toks.get(from).text()) && (from > 0 && Roles.isNoun(toks.get(from - 1).text()))) e = 0.95;
        return e;
    }

    private static final java.util.Set<String> KIN = java.util.Set.of("son", "daughter", "wife", "husband", "widow", "widower",
            "mother", "father", "brother", "sister", "nephew", "niece", "grandson", "granddaughter", "cousin", "uncle", "aunt");

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("its", "the", "their", "his", "her", "a", "an");

    /** Verbs that give somebody a post: the object they name is a person when "as" and the post follow. */
    private static final java.util.Set<String> APPOINTING = java.util.Set.of("elected", "named", "appointed", "nominated",
            "chose", "picked", "selected", "confirmed", "installed", "re-elected", "reappointed");
    /** Title nouns that are also adjectives or name no one's post ("its official sponsor", "as host", "head coach"). */
    private static final java.util.Set<String> WEAK = java.util.Set.of("official", "host", "member", "partner", "head", "chief", "deputy");

    /**
     * "elected Shigeru Ishiba as its leader", "named Dana Whitfield as the new chief executive": a verb that gives a
     * post, the name, "as", a determiner, then (after two modifiers at most) a title's head noun. "spent five years in
     * Santa Verde as ambassador", "chose Puerto Varas as host" do not count.
     */
    private static boolean asARole(List<Tokens.Token> toks, int from, int to) {
        if (from < 1 || !APPOINTING.contains(toks.get(from - 1).lower())) return false;
        int k = to + 1;
        if (k + 2 >= toks.size() || !toks.get(k).text().equals("as") || !DETERMINERS.contains(toks.get(k + 1).text())) return false;
        for (k += 2; k < Math.min(toks.size(), to + 6); k++) {
            String w = toks.get(k).text();
            if (!Character.isLowerCase(w.charAt(0))) return false;
            if (Roles.NOUNS.contains(w) && !WEAK.contains(w)) return true;
        }
        return false;
    }

    private PersonEvidence() {
    }
}
