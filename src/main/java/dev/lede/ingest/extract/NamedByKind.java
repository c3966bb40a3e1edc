package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations without a keyword in their name ("Xiaomi", "CCTV", "IDC"), found because the text says what
 * they are: a kind noun before the name ("state broadcaster CCTV", "research firm IDC") or a title that only an
 * organisation has after it ("Xiaomi founder Lei Jun", "the Zaman daily").
 */
final class NamedByKind {

    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*){0,2})";
    private static final Pattern BEFORE = Pattern.compile("\\b(broadcaster|firm|company|carmaker|automaker|chipmaker|startup|"
            + "retailer|lender|insurer|newspaper|agency|rival|giant|investor|investors|fund|bank|platform|outlet) " + NAME);
    private static final Pattern AFTER = Pattern.compile(NAME + "(?:['’]s)? (founder|co-founder|chairman|chief executive|CEO|newspaper|daily)\\b");

    /** Mentions of organisations named by their kind, outside {@code taken} and the dateline. */
    static List<Mention> find(String text, List<Mention> taken, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        Matcher b = BEFORE.matcher(text);
        while (b.find()) add(out, taken, text, b.start(2), b.end(2), kind(b.group(1)), skipFrom, skipTo);
        Matcher a = AFTER.matcher(text);
        while (a.find()) add(out, taken, text, a.start(1), a.end(1), "company", skipFrom, skipTo);
        return out;
    }

    private static String kind(String noun) {
        return noun.equals("agency") ? "agency" : "company";
    }

    private static void add(List<Mention> out, List<Mention> taken, String text, int s, int e, String kind, int skipFrom, int skipTo) {
        String name = text.substring(s, e).replaceAll("[.]$", "");
        e = s + name.length();
        if (name.length() < 2 || s >= skipFrom && s < skipTo) return;
        for (String w : name.split(" ")) {
            if (Tokens.STOP.contains(w) || CountryData.isCountryWord(w) || Roles.isNoun(w) || FirstNames.contains(w)) return;
        }
        for (Mention t : taken) if (t.start() < e && s < t.end()) return;
        for (Mention t : out) if (t.start() < e && s < t.end()) return;
        out.add(new Mention(s, e, name, name, kind, false));
        // the same name elsewhere in the text is the same organisation
        int from = e;
        int k;
        while ((k = text.indexOf(name, from)) >= 0) {
            from = k + name.length();
            final int ks = k, ke = k + name.length();
            boolean word = (ks == 0 || !Character.isLetter(text.charAt(ks - 1))) && (ke >= text.length() || !Character.isLetter(text.charAt(ke)));
            if (word && taken.stream().noneMatch(t -> t.start() < ke && ks < t.end())) out.add(new Mention(ks, ke, name, name, kind, false));
        }
    }

    private NamedByKind() {
    }
}
