package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the quotations of a paragraph are and which sentence each belongs to: pairs of quote marks (single
 * ones only where they cannot be apostrophes) and sentence ranges that never split a quotation.
 */
final class QuoteSpans {

    /** Positions of a quotation's opening and closing marks in its paragraph. */
    record Span(int open, int close) {
    }

    /** Pairs of quote marks: “…”, "…", ‘…’ and '…' (single ones only where they cannot be apostrophes). */
    static List<Span> spans(String p) {
        return spans(p, false);
    }

    /** As {@link #spans(String)}; {@code singlesQuote}: the page quotes with single marks, so their spans may be long. */
    static List<Span> spans(String p, boolean singlesQuote) {
        return spans(p, singlesQuote, false);
    }

    /**
     * As {@link #spans(String, boolean)}; {@code runsOn}: the next paragraph opens with a quotation mark, so a
     * double mark left open here is a quotation continued there ("“S1.\n\n“S2,” X said"), printed with an
     * opening mark on each paragraph and a closing one on the last only; its span ends at the paragraph's end
     * ({@code close == p.length()}).
     */
    static List<Span> spans(String p, boolean singlesQuote, boolean runsOn) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            int close = closing(p, i, singlesQuote);
            if (close > i) {
                out.add(new Span(i, close));
                i = close + 1;
            } else if (runsOn && close < 0 && opensHere(p, i) && Text.wordCount(p.substring(i)) >= 4) {
                out.add(new Span(i, p.length()));
                break;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether a double mark left open at {@code i} really opens a quotation: at the paragraph's start or after a
     * space, and a straight one only where the paragraph has an odd count of them; a height ("6'2\"") or an inch
     * mark is none, and reading it as a quotation took the rest of the paragraph as one.
     */
    private static boolean opensHere(String p, int i) {
        char c = p.charAt(i);
        if (c != '“' && c != '"') return false;
        if (i > 0 && !Character.isWhitespace(p.charAt(i - 1)) && p.charAt(i - 1) != '(') return false;
        return c == '“' || p.chars().filter(ch -> ch == '"').count() % 2 == 1;
    }

    /** Whether a paragraph opens with a double quotation mark (a quotation continued from the paragraph before may). */
    static boolean opensQuote(String p) {
        String t = p.stripLeading();
        return !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"');
    }

    /** Where the quotation opened at {@code i} closes; -1 when no quotation opens there. */
    private static int closing(String p, int i, boolean singlesQuote) {
        char c = p.charAt(i);
        if (c == '“') return p.indexOf('”', i + 1);
        if (c == '"') return p.indexOf('"', i + 1);
        if ((c == '‘' || c == '\'') && (i == 0 || !Character.isLetterOrDigit(p.charAt(i - 1)))) {
            int close = singleClosing(p, i, c == '‘' ? '’' : '\'');
            if (close > 0 && !singlesQuote && Text.wordCount(p.substring(i + 1, close)) > 12) close = -1;
            return close;
        }
        return -1;
    }

    /** The mark {@code want} that ends a word after {@code i}, not a possessive inside the quotation; -1 when none. */
    private static int singleClosing(String p, int i, char want) {
        int j = i + 1;
        while (j < p.length()) {
            j = p.indexOf(want, j);
            if (j < 0) break;
            boolean endsWord = j + 1 >= p.length() || !Character.isLetter(p.charAt(j + 1));
            // "the Americans’ court": a plural possessive, not the end of the quotation
            if (endsWord && p.charAt(j - 1) == 's' && j + 2 < p.length() && p.charAt(j + 1) == ' '
                    && Character.isLowerCase(p.charAt(j + 2))) endsWord = false;
            if (endsWord && j > i + 1) break;
            j++;
        }
        return j < 0 || j >= p.length() ? -1 : j;
    }

    /** Sentence ranges of a paragraph, never splitting inside a quotation. */
    static List<int[]> sentences(String p, List<Span> quotes) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            final int at = i;
            // a period inside a quotation ends the sentence only where it closes the quotation ('said: “Q.” Then'):
            // "“Why?” Kirby asked." goes on, so '!' and '?' never do
            if (quotes.stream().anyMatch(q -> q.open() < at && at < q.close() && (c != '.' || at + 1 != q.close()))) continue;
            int j = i + 1;
            while (j < p.length() && "\"”’')".indexOf(p.charAt(j)) >= 0) j++;
            if (j >= p.length() || p.charAt(j) != ' ') continue;
            if (j + 1 < p.length() && !Character.isUpperCase(p.charAt(j + 1)) && "“\"‘".indexOf(p.charAt(j + 1)) < 0) continue;
            String prev = p.substring(Math.max(0, i - 4), i);
            // "Mr. X", "Gen. X" and an initial ("D.Y. Chandrachud", "John F. Kennedy") do not end a sentence
            if (prev.matches(".*\\b(?:Mr|Mrs|Ms|Dr|No|St|Sr|Jr|Gen|Col|Lt|Sen|Rep|Gov|Prof|Capt|Sgt|Maj|Adm|Rev|Hon)$")
                    || prev.matches("(?:.*[\\s.])?\\p{Lu}")) continue;
            out.add(new int[]{start, j});
            start = j + 1;
        }
        if (start < p.length()) out.add(new int[]{start, p.length()});
        return out;
    }

    /** The sentence holding {@code pos}, else the last one. */
    static int[] sentenceOf(List<int[]> sentences, int pos) {
        for (int[] s : sentences) if (pos >= s[0] && pos < s[1]) return s;
        return sentences.isEmpty() ? new int[]{0, 0} : sentences.get(sentences.size() - 1);
    }

    private QuoteSpans() {
    }
}
