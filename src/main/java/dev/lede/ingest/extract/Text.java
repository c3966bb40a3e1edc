package dev.lede.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the extractor's parts. */
public final class Text {

    /** Key for comparing names: accents, case, spaces and punctuation ignored ("Jovem Pan" == "Jovempan"). */
    public static String norm(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Curly apostrophes and quotes made straight, spaces collapsed: for comparing labels, not for output. */
    public static String plain(String s) {
        if (s == null) return "";
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ").trim();
    }

    public static int wordCount(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** A line of the page with its character offset in the page text. */
    public record Line(int index, int offset, String raw, String text) {
    }

    /** Lines of a page, trimmed, with offsets into the page text; blank lines are skipped. */
    public static List<Line> lines(String page) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        int idx = 0;
        while (pos <= page.length()) {
            int nl = page.indexOf('\n', pos);
            int end = nl < 0 ? page.length() : nl;
            String raw = page.substring(pos, end);
            String t = raw.strip();
            if (!t.isEmpty()) {
                int lead = raw.indexOf(t.charAt(0));
                out.add(new Line(idx++, pos + lead, raw, t));
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }

    /** The few characters after {@code pos}: look-ahead rules never need more, and copying the rest of a long page per hit would be quadratic. */
    static String window(String text, int pos) {
        return text.substring(pos, Math.min(text.length(), pos + 80));
    }

    /** The word before {@code pos} (spaces skipped), in lower case; empty when punctuation comes first. */
    static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** Whether the word starting at {@code at} opens a sentence, a line or a quotation. */
    static boolean opensSentence(String text, int at) {
        int p = at;
        while (p > 0 && text.charAt(p - 1) == ' ') p--;
        return p == 0 || ".!?:\n“\"".indexOf(text.charAt(p - 1)) >= 0;
    }

    /** The word after one space at {@code pos}, in lower case; empty when no space follows. */
    static String wordAfter(String text, int pos) {
        int s = pos;
        if (s < text.length() && text.charAt(s) == ' ') s++;
        else return "";
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code word} stands in {@code text} as a whole word (no letter or digit on either side). */
    static boolean containsWord(String text, String word) {
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
            int e = k + word.length();
            if ((k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) return true;
        }
        return false;
    }

    /** "armed forces" → "Armed Forces". */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private Text() {
    }
}
