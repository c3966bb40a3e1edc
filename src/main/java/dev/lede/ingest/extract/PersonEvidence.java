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
        // a known first name with a title before it ("Chancellor Olaf Scholz") is as good as the catalog
        if (e > 0 && FirstNames.contains(toks.get(from).text()) && (from > 0 && Roles.isNoun(toks.get(from - 1).text()))) e = 0.95;
        return e;
    }

    private PersonEvidence() {
    }
}
