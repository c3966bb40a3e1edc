package dev.lede.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that cannot match unless the text holds one of a few literal words ("-based", " ministry"): the
 * words are looked for first with {@link String#indexOf}, which is many times cheaper than letting the regex try
 * every position of a page, and most pages hold none of them.
 */
final class GatedPattern {

    private static final Pattern NOTHING = Pattern.compile("(?!)");

    private final Pattern pattern;
    private final String[] needles;

    private GatedPattern(Pattern pattern, String[] needles) {
        this.pattern = pattern;
        this.needles = needles;
    }

    /** {@code regex}, which matches only text holding one of {@code needles} (case as written). */
    static GatedPattern of(String regex, String... needles) {
        return new GatedPattern(Pattern.compile(regex), needles);
    }

    /** A matcher over {@code text}, or one that finds nothing when no needle is in it. */
    Matcher matcher(String text) {
        for (String n : needles) if (text.contains(n)) return pattern.matcher(text);
        return NOTHING.matcher("");
    }
}
