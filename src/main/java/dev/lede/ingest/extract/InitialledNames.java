package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names opened by dotted initials ("D.Y. Chandrachud", "K. Chandrasekhar Rao", "J. Smith"), the common written form
 * of Indian and many English names: the tokens stop at every full stop, so the capitalised-run rules see only the
 * words after the initials. A name here needs what any person needs: a title or role next to it or a verb of saying
 * after it. Not a country's dotted code ("U.S. Navy"), nor anything an entity already covers.
 */
final class InitialledNames {

    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(?:(\\p{Lu}\\p{Ll}+) )?((?:\\p{Lu}\\.\\s?){1,3})(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})(?![\\p{L}\\p{N}])");

    private static final java.util.Set<String> CODES = java.util.Set.of("U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "U.A.E.", "D.C.");

    /** Token ranges [from, to] of initialled names in {@code text}, outside {@code taken}. */
    static List<int[]> find(String text, List<Tokens.Token> toks, List<Mention> taken) {
        List<int[]> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            // "Ferdinand R. Marcos", "John F. Kennedy": a given name may stand before the initials, not a title
            String given = m.group(1);
            boolean title = given != null && (Roles.isNoun(given) || Tokens.STOP.contains(given) || Tokens.HONORIFICS.contains(given)
                    || EntityKeywords.kindForKeyword(given) != null || CountryData.isCountryWord(given));
            int s = given == null || title ? m.start(2) : m.start(), e = m.end();
            if (taken.stream().anyMatch(t -> t.start() < e && s < t.end())) continue;
            String initials = m.group(2).replace(" ", "");
            if (CODES.contains(initials)) continue; // "U.S. Navy", "U.N. Security Council"
            boolean kindWord = false;
            for (String w : m.group(3).split(" ")) kindWord |= EntityKeywords.kindForKeyword(w) != null || EntityKeywords.placeKeyword(w) || Tokens.STOP.contains(w);
            if (kindWord) continue;
            int from = tokenStarting(toks, s), to = tokenEnding(toks, e);
            if (from < 0 || to < 0) continue;
            boolean said = to + 1 < toks.size() && Roles.SPEECH.contains(toks.get(to + 1).lower());
            if (said || RolePhrases.role(text, toks, from, to) != null) out.add(new int[]{from, to});
        }
        return out;
    }

    private static int tokenStarting(List<Tokens.Token> toks, int pos) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).start() == pos) return k;
        return -1;
    }

    private static int tokenEnding(List<Tokens.Token> toks, int pos) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).end() == pos) return k;
        return -1;
    }

    private InitialledNames() {
    }
}
