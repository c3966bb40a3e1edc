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
    static List<int[]> find(String text, List<Tokens.Token> toks, List<Mention> taken, java.util.Set<String> vocabulary) {
        List<int[]> out = new ArrayList<>();
        // what is covered, as a bit per character, and tokens found by binary search: a page of many initials stays linear
        java.util.BitSet covered = new java.util.BitSet(text.length());
        for (Mention t : taken) covered.set(Math.max(0, t.start()), Math.min(text.length(), t.end()));
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            // "Ferdinand R. Marcos", "John F. Kennedy": a given name may stand before the initials, not a title
            String given = m.group(1);
            boolean title = given != null && (Roles.isNoun(given) || NameSpans.judgesTitle(given) || Tokens.STOP.contains(given) || Tokens.HONORIFICS.contains(given)
                    || EntityKeywords.kindForKeyword(given) != null || CountryData.isCountryWord(given)
                    || vocabulary.contains(given.toLowerCase(java.util.Locale.ROOT))); // "Yesterday J. Smith"
            int s = given == null || title ? m.start(2) : m.start(), e = m.end();
            if (covered.get(s, e).cardinality() > 0) continue;
            String initials = m.group(2).replace(" ", "");
            if (CODES.contains(initials)) continue; // "U.S. Navy", "U.N. Security Council"
            boolean kindWord = false;
            // "from Plan B. Officials said": a word the page also writes in lower case is no surname
            for (String w : m.group(3).split(" ")) kindWord |= EntityKeywords.kindForKeyword(w) != null || EntityKeywords.placeKeyword(w)
                    || Tokens.STOP.contains(w) || vocabulary.contains(w.toLowerCase(java.util.Locale.ROOT));
            if (kindWord) continue;
            int from = tokenStarting(toks, s), to = tokenEnding(toks, e);
            if (from < 0 || to < 0) continue;
            boolean said = to + 1 < toks.size() && Roles.SPEECH.contains(toks.get(to + 1).lower());
            if (said || RolePhrases.role(text, toks, from, to) != null) out.add(new int[]{from, to});
        }
        return out;
    }

    /** The token starting at {@code pos}, or -1. */
    private static int tokenStarting(List<Tokens.Token> toks, int pos) {
        return tokenAt(toks, pos, Tokens.Token::start);
    }

    /** The token ending at {@code pos}, or -1. */
    private static int tokenEnding(List<Tokens.Token> toks, int pos) {
        return tokenAt(toks, pos, Tokens.Token::end);
    }

    /** The token whose {@code edge} is {@code pos}, or -1 (tokens are in text order, so both edges grow: a binary search). */
    private static int tokenAt(List<Tokens.Token> toks, int pos, java.util.function.ToIntFunction<Tokens.Token> edge) {
        int lo = 0, hi = toks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = edge.applyAsInt(toks.get(mid));
            if (at == pos) return mid;
            if (at < pos) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    private InitialledNames() {
    }
}
