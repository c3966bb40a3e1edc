package dev.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The slugs chosen at once are those that choosing one after the other (Slugger's first free) would give. */
class QuoteSlugsTest {
    @Test
    void shouldGiveTheFirstFreeCandidatesInOrder() {
        Set<String> stored = new HashSet<>(List.of("a", "a-2", "a-4", "b"));
        assertThat(new QuoteSlugs(asked -> intersect(asked, stored), 2).choose(List.of("a", "b", "a", "c", "a")))
                .containsExactly("a-3", "b-2", "a-5", "c", "a-6");
    }

    @Test
    void shouldAskFewQueriesWhenAThousandQuotesShareTheFirstWords() {
        Set<String> stored = new HashSet<>(List.of("same"));
        for (int n = 2; n <= 1000; n++) {
            stored.add("same-" + n);
        }
        List<Integer> queries = new ArrayList<>();
        List<String> chosen = new QuoteSlugs(asked -> {
            queries.add(asked.size());
            return intersect(asked, stored);
        }, 16).choose(List.of("same", "other"));
        assertThat(chosen).containsExactly("same-1001", "other");
        assertThat(queries).hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void shouldMatchOneByOneChoiceOnRandomCatalogs() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            Set<String> stored = new HashSet<>();
            String[] names = {"x", "x-2", "y", "x-2-2"}; // bases that are candidates of one another
            for (String name : names) {
                for (int n = 1; n <= 40; n++) {
                    if (random.nextInt(3) > 0) {
                        stored.add(n == 1 ? name : name + "-" + n);
                    }
                }
            }
            List<String> bases = new ArrayList<>();
            for (int i = random.nextInt(8); i >= 0; i--) {
                bases.add(names[random.nextInt(names.length)]);
            }
            List<String> expected = oneByOne(bases, stored);
            assertThat(new QuoteSlugs(asked -> intersect(asked, stored), 1 + random.nextInt(4)).choose(bases))
                    .as("bases %s", bases).isEqualTo(expected);
        }
    }

    @Test
    void shouldPadTheCandidatesToAPowerOfTwo() {
        assertThat(QuoteSlugs.padded(new java.util.LinkedHashSet<>(List.of("a")))).hasSize(1);
        assertThat(QuoteSlugs.padded(new java.util.LinkedHashSet<>(List.of("a", "b", "c")))).containsExactly("a", "b", "c", "c");
        assertThat(QuoteSlugs.padded(new java.util.LinkedHashSet<>(List.of("a", "b", "c", "d")))).hasSize(4);
    }

    /** What Slugger.choose gives when the quotes are created one after the other. */
    private static List<String> oneByOne(List<String> bases, Set<String> stored) {
        Set<String> taken = new HashSet<>(stored);
        List<String> chosen = new ArrayList<>();
        for (String base : bases) {
            String candidate = base;
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = base + "-" + n;
            }
            taken.add(candidate);
            chosen.add(candidate);
        }
        return chosen;
    }

    private static Set<String> intersect(Set<String> asked, Set<String> stored) {
        Set<String> found = new HashSet<>(asked);
        found.retainAll(stored);
        return found;
    }
}
