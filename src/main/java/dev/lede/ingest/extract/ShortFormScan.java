package dev.lede.ingest.extract;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short forms of the page's bodies that no finder took ("the DPP won", "U.N.", "Liberty will not join"): each
 * occurrence as a whole word outside every mention becomes a mention of the long form. One pass over the text per
 * short form, and a page yields a few.
 */
final class ShortFormScan {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.){2,8}");

    /** A short form and the body it names. */
    record Target(String shortForm, String name, String kind) {
    }

    static boolean isAcronym(String s) {
        return ACRONYM.matcher(s).matches();
    }

    /** "U.N." -> "UN"; anything else as it is. */
    static String undotted(String s) {
        return DOTTED.matcher(s).matches() ? s.replace(".", "") : s;
    }

    /** Adds to {@code out} the occurrences of the targets outside its mentions, {@code people}'s and [skipFrom, skipTo). */
    static void add(List<Mention> out, String text, List<Mention> people, List<Target> targets, int skipFrom, int skipTo) {
        if (targets.isEmpty()) return;
        BitSet covered = new BitSet(text.length());
        for (Mention m : out) covered.set(Math.max(0, m.start()), Math.min(text.length(), m.end()));
        for (Mention m : people) covered.set(Math.max(0, m.start()), Math.min(text.length(), m.end()));
        if (skipTo > skipFrom) covered.set(skipFrom, skipTo);
        for (Target t : targets) {
            find(out, text, covered, t, t.shortForm());
            if (isAcronym(t.shortForm())) find(out, text, covered, t, t.shortForm().replaceAll("(.)", "$1."));
        }
    }

    private static void find(List<Mention> out, String text, BitSet covered, Target t, String surface) {
        boolean acronym = isAcronym(surface) || DOTTED.matcher(surface).matches();
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            int end = at + surface.length();
            if (covered.get(at, end).cardinality() > 0 || !wholeWord(text, at, end, acronym)) continue;
            out.add(new Mention(at, end, surface, t.name(), t.kind(), false));
            covered.set(at, end);
        }
    }

    /**
     * A whole word, and a name of its own: not glued to a letter, a digit or a hyphen, nor (a bare name) to another
     * capitalised word ("Liberty Square" is not the Liberty Party).
     */
    private static boolean wholeWord(String text, int at, int end, boolean acronym) {
        if (at > 0 && glued(text.charAt(at - 1)) || end < text.length() && glued(text.charAt(end))) return false;
        int e = end + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        String next = end + 1 < text.length() && text.charAt(end) == ' ' ? text.substring(end + 1, e) : "";
        // "FM Spokesman said", "the DPP Chairman": the acronym qualifies a person's title; the person speaks, not the body
        if (acronym) return !capitalised(next) && !Roles.isNoun(next);
        int b = at - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        boolean capitalBefore = at > 1 && text.charAt(at - 1) == ' ' && capitalised(text.substring(b, at - 1));
        boolean capitalAfter = capitalised(next);
        return !capitalBefore && !capitalAfter;
    }

    private static boolean glued(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !Tokens.STOP.contains(w);
    }

    private ShortFormScan() {
    }
}
