package dev.lede.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The indexOf-based counter finds exactly what the original whole-word regex found. */
class MentionCounterTest {
    private static final String[] PIECES = {"John Kirby", "Kirby", "Kirbyx", "xKirby", "Kirby2", "2Kirby", "US", "us",
            "São Paulo", "Paulo", "Ⅻ", "½", " ", ", ", ".", "\n\n", "é", "-", "Kir", "by", "John", "KirbyKirby"};

    @Test
    void shouldMatchTheRegexDefinitionOnRandomTexts() {
        Random random = new Random(7);
        List<List<String>> formSets = List.of(List.of("John Kirby", "Kirby"), List.of("US"), List.of("São Paulo", "Paulo"),
                List.of("Kirby", " Kirby "), List.of("by"));
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (List<String> forms : formSets) {
                assertThat(MentionCounter.count(text.toString(), forms)).as("%s in <%s>", forms, text)
                        .isEqualTo(byRegex(text.toString(), forms));
            }
        }
    }

    @Test
    void shouldCountTheLongestOverlappingFormOnce() {
        assertThat(MentionCounter.count("John Kirby said. Kirby added.", List.of("John Kirby", "Kirby")))
                .isEqualTo(new MentionCounter.Count(2, 0));
        assertThat(MentionCounter.count("Kirbyx and 2Kirby", List.of("Kirby"))).isEqualTo(new MentionCounter.Count(0, null));
    }

    /** The definition the counter had before: whole words by look-around, longest overlapping match wins. */
    private static MentionCounter.Count byRegex(String text, List<String> forms) {
        List<int[]> matches = new ArrayList<>();
        for (String form : forms) {
            if (form == null || form.isBlank()) {
                continue;
            }
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form.trim()) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (matcher.find()) {
                matches.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        matches.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        java.util.BitSet covered = new java.util.BitSet(); // the characters an earlier, counted match took
        List<int[]> counted = new ArrayList<>();
        for (int[] match : matches) {
            if (!covered.get(match[0])) {
                covered.set(match[0], match[1]);
                counted.add(match);
            }
        }
        return new MentionCounter.Count(counted.size(), counted.isEmpty() ? null : counted.get(0)[0]);
    }
}
