package dev.lede.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Counts how often a person or entity is named in a body, by any of its surface forms (name and aliases),
 * and where first. Forms match whole words, case-sensitively ("US" is not "us"); overlapping matches count
 * once, the longest winning ("John Kirby" is one mention, not also one of "Kirby").
 */
final class MentionCounter {
    private MentionCounter() {
    }

    record Count(int mentions, Integer firstOffset) {
    }

    static Count count(String text, Collection<String> forms) {
        List<int[]> matches = new ArrayList<>();
        for (String form : forms) {
            if (form == null || form.isBlank()) {
                continue;
            }
            // Same as the regex (?<![\p{L}\p{N}])form(?![\p{L}\p{N}]) with find(), without running a
            // look-behind at every position of the body: indexOf finds candidates, then both edges are checked.
            String literal = form.trim();
            int from = 0;
            for (int at = text.indexOf(literal, from); at >= 0; at = text.indexOf(literal, from)) {
                int end = at + literal.length();
                boolean before = at > 0 && isWordChar(text.codePointBefore(at));
                boolean after = end < text.length() && isWordChar(text.codePointAt(end));
                if (!before && !after) {
                    matches.add(new int[] {at, end});
                    from = end;
                } else {
                    from = at + 1;
                }
            }
        }
        matches.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        int count = 0;
        int coveredUntil = -1;
        Integer first = null;
        for (int[] match : matches) {
            if (match[0] < coveredUntil) {
                continue;
            }
            count++;
            coveredUntil = match[1];
            first = first == null ? match[0] : first;
        }
        return new Count(count, first);
    }

    /** A letter or a number (\\p{L} or \\p{N}): a mention must not touch one on either side. */
    private static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The body as one text, paragraphs separated by a blank line: what offsets refer to. */
    static String joined(List<String> body) {
        return String.join("\n\n", body);
    }
}
