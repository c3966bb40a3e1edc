package dev.lede.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form.trim()) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (matcher.find()) {
                matches.add(new int[] {matcher.start(), matcher.end()});
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

    /** The body as one text, paragraphs separated by a blank line: what offsets refer to. */
    static String joined(List<String> body) {
        return String.join("\n\n", body);
    }
}
