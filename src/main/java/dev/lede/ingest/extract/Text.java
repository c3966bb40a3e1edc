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

    private Text() {
    }
}
