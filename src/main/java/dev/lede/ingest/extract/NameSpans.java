package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a name may stand: each capitalised run of the text trimmed to its tail of name-like words ("said US
 * Secretary of State Antony Blinken" → "Antony Blinken"), with whether an honorific ("Mr", "Dr.") comes before
 * it. Whether the span is a person is for {@link PersonEvidence} to say.
 */
final class NameSpans {

    /** Particles inside a name ("Ursula von der Leyen", "Luiz Inácio da Silva") when a capitalised word follows. */
    private static final Set<String> CONNECTORS = Set.of("de", "van", "von", "der", "bin", "al", "da", "dos", "del", "la", "le", "ibn",
            "dela", "delos", "di", "du", "ten", "ter", "den");

    /** The name-like tokens [from, to] of a run (empty when {@code to < from}), and whether an honorific precedes them. */
    record Span(int from, int to, boolean honorific) {

        int words() {
            return to - from + 1;
        }

        /** Words without the particles inside: "Mohammed bin Zayed Al Nahyan" is four. */
        int nameWords(List<Tokens.Token> toks) {
            int n = 0;
            for (int k = from; k <= to; k++) {
                if (toks.get(k).type() == Tokens.Type.PUNCT) k += 2; // a nickname in marks is no word of the name
                else if (k == from || !isConnector(toks, k)) n++;
            }
            return n;
        }
    }

    /** The span of every capitalised run in {@code text}; {@code taken} are entity mentions, never part of a name. */
    static List<Span> of(String text, List<Tokens.Token> toks, List<Mention> taken) {
        Set<String> vocabulary = NameShapes.vocabulary(toks);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!toks.get(i).capitalized()) {
                i++;
                continue;
            }
            int j = runEnd(text, toks, i);
            out.add(span(text, toks, taken, vocabulary, i, j));
            i = j + 1;
        }
        return out;
    }

    /** The last token of the capitalised run starting at {@code i}: capitalised words and connectors, adjacent. */
    private static int runEnd(String text, List<Tokens.Token> toks, int i) {
        int j = i;
        while (true) {
            if (j + 1 < toks.size() && (toks.get(j + 1).capitalized() || isConnector(toks, j + 1))
                    && Tokens.adjacent(text, toks.get(j), toks.get(j + 1))) {
                j++;
            } else if (nicknameAt(text, toks, j + 1) && (toks.get(j + 4).capitalized() || isConnector(toks, j + 4))) {
                j += 4; // Ronald "Bato" dela Rosa
            } else {
                return j;
            }
        }
    }

    /**
     * A nickname in quotation marks inside a name, opening at token {@code k}: 'Ronald "Bato" dela Rosa', 'Francis
     * “Chiz” Escudero'. One capitalised word in marks, a space on either side, and a name word after it.
     */
    static boolean nicknameAt(String text, List<Tokens.Token> toks, int k) {
        if (k < 1 || k + 3 >= toks.size()) return false;
        Tokens.Token open = toks.get(k), word = toks.get(k + 1), close = toks.get(k + 2), next = toks.get(k + 3);
        return ("\"".equals(open.text()) || "“".equals(open.text())) && ("\"".equals(close.text()) || "”".equals(close.text()))
                && open.start() == toks.get(k - 1).end() + 1 && word.start() == open.end() && word.capitalized()
                && close.start() == word.end() && next.start() == close.end() + 1 && text.charAt(close.end()) == ' ';
    }

    /** The name without a nickname in marks: 'Ronald "Bato" dela Rosa' is Ronald dela Rosa. */
    static String withoutNickname(String name) {
        return name.indexOf('"') < 0 && name.indexOf('“') < 0 ? name : name.replaceAll(" [\"“][\\p{L}.'’-]+[\"”](?= )", "");
    }

    private static Span span(String text, List<Tokens.Token> toks, List<Mention> taken, Set<String> vocabulary, int i, int j) {
        // the name is the longest tail of the run made of name-like words
        int s = j + 1;
        while (true) {
            if (s - 1 >= i && (nameLike(toks.get(s - 1), taken) || initialA(toks, s - 1, i))) s--;
            else if (s - 4 >= i && nicknameAt(text, toks, s - 3) && nameLike(toks.get(s - 4), taken)) s -= 4; // the nickname and the word before it
            else break;
        }
        while (s <= j && isConnector(toks, s)) s++;
        // "State Antony Blinken" (the run crossed "Secretary of State"): a title word before a word that can
        // open a name is dropped, whatever culture the name is from (only a title word: "New York City" keeps "New")
        // "Justice Ravan Dhir", "Justice Dhir": a judge's title before a name (not a title word elsewhere: "Ministry of Justice")
        if (j > s && judgesTitle(toks.get(s).text())) return new Span(s + 1, j, true);
        while (j - s + 1 >= 3 && titleWord(toks.get(s).text()) && opensName(toks.get(s + 1), vocabulary)) s++;
        // "Minister of Youth and Sports Ahmed Aliyu": the portfolio after a title's "of" or "and" opens no name
        if (j - s + 1 >= 3 && s == i && portfolioBefore(toks, s) && !FirstNames.contains(toks.get(s).text())) s++;
        return new Span(s, j, honorific(toks, i, s));
    }

    /** Whether token {@code s} follows "of" or "and" in a title phrase: a title's head noun at most four tokens before. */
    private static boolean portfolioBefore(List<Tokens.Token> toks, int s) {
        if (s < 2 || !toks.get(s - 1).text().equals("of") && !toks.get(s - 1).text().equals("and")) return false;
        for (int k = s - 2; k >= Math.max(0, s - 5); k--) if (toks.get(k).capitalized() && Roles.isNoun(toks.get(k).text())) return true;
        return false;
    }

    /** "Justice": a judge's title before a name ("Chief Justice D.Y. Chandrachud"), a body's word after "of". */
    static boolean judgesTitle(String w) {
        return w.equals("Justice");
    }

    /** "Mr Darling", "Dr. Smith": an honorific before the name, inside the run or just before it. */
    private static boolean honorific(List<Tokens.Token> toks, int i, int s) {
        boolean honorific = s - 1 >= i && Tokens.HONORIFICS.contains(toks.get(s - 1).text())
                || s - 2 >= i && toks.get(s - 1).text().equals(".") && Tokens.HONORIFICS.contains(toks.get(s - 2).text());
        if (!honorific && s == i && i >= 2 && toks.get(i - 1).text().equals(".") && Tokens.HONORIFICS.contains(toks.get(i - 2).text())) honorific = true;
        return honorific;
    }

    /** A four-word span opening with a title word ("Minister Olaf Scholz ...") starts after it. */
    static int nameStart(List<Tokens.Token> toks, Span span) {
        return span.words() == 4 && titleWord(toks.get(span.from()).text()) ? span.from() + 1 : span.from();
    }

    /** A word that may start a name: a known first name, or a word the page never writes in lower case and no title. */
    private static boolean opensName(Tokens.Token t, Set<String> vocabulary) {
        return FirstNames.contains(t.text()) || !vocabulary.contains(t.lower()) && !titleWord(t.text());
    }

    private static boolean titleWord(String w) {
        // "Billionaire Gautam Adani", "Activist Greta Thunberg": a noun only people are opens a sentence, not a name
        return !FirstNames.contains(w) && (Roles.isNoun(w) || Roles.MODIFIERS.contains(w.toLowerCase()) || EntityKeywords.kindForKeyword(w) != null
                || Roles.PERSON_NOUNS.contains(w.toLowerCase(java.util.Locale.ROOT)));
    }

    /** A particle before a capitalised word, or before a second particle that is ("de la Cruz", "van der Berg"). */
    static boolean isConnector(List<Tokens.Token> toks, int k) {
        if (!CONNECTORS.contains(toks.get(k).text()) || k + 1 >= toks.size()) return false;
        return toks.get(k + 1).capitalized() || CONNECTORS.contains(toks.get(k + 1).text()) && k + 2 < toks.size() && toks.get(k + 2).capitalized();
    }

    /** "M A Qayoom": "A" after another initial is an initial, not the article. */
    private static boolean initialA(List<Tokens.Token> toks, int k, int runStart) {
        return toks.get(k).text().equals("A") && k - 1 >= runStart && toks.get(k - 1).text().length() == 1
                && Character.isUpperCase(toks.get(k - 1).text().charAt(0));
    }

    private static boolean nameLike(Tokens.Token t, List<Mention> taken) {
        if (t.type() != Tokens.Type.WORD) return false;
        if (!t.capitalized() && !CONNECTORS.contains(t.text())) return false;
        if (Tokens.STOP.contains(t.text()) || Roles.isNoun(t.text()) || t.allCaps()) return false;
        if (EntityKeywords.kindForKeyword(t.text()) != null) return false;
        for (Mention m : taken) if (t.start() < m.end() && m.start() < t.end()) return false;
        return Character.isLetter(t.text().charAt(0));
    }

    private NameSpans() {
    }
}
