package dev.lede.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names and headlines into URL slugs: lower-case ASCII words joined by hyphens. */
public final class Slugs {
    public static final int MAX_LENGTH = 120;
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static String fromText(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /**
     * How many numbered candidates (base, base-2 ... base-20) a derived slug tries before one made from the
     * resource's id: counting further would cost as much as there are resources with the same name (a wire story
     * republished a thousand times), the id-made one costs one check.
     */
    public static final int NUMBERED = 20;

    /** Candidate n of a base: the base itself, then base-2, base-3... */
    public static String numbered(String base, int n) {
        return n == 1 ? base : base + "-" + n;
    }

    /** The base with the last 8 characters of the resource's id (the random end of a UUID v7). */
    public static String withIdSuffix(String base, String id) {
        String compact = id.replace("-", "").toLowerCase(Locale.ROOT);
        String suffix = compact.substring(Math.max(0, compact.length() - 8));
        String head = base.length() > MAX_LENGTH - 9 ? trimHyphens(base.substring(0, MAX_LENGTH - 9)) : base;
        return head + "-" + suffix;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches(PATTERN);
    }

    private static String trimHyphens(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '-') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '-') {
            end--;
        }
        return value.substring(start, end);
    }
}
