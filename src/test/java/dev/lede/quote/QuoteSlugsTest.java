package dev.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.platform.text.Slugs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The slugs chosen at once are those that choosing one after the other (Slugger's first free) would give. */
class QuoteSlugsTest {
    private static final String ID = "0190c1a2-7b3c-7d4e-8f60-1a2b3c4d5e6f";

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(String.format("0190c1a2-7b3c-7d4e-8f60-%012x", 0xabc000L + i));
        }
        return ids;
    }

    @Test
    void shouldGiveTheFirstFreeCandidatesInOrder() {
        Set<String> stored = new HashSet<>(List.of("a", "a-2", "a-4", "b"));
        assertThat(new QuoteSlugs(asked -> intersect(asked, stored)).choose(List.of("a", "b", "a", "c", "a"), ids(5)))
                .containsExactly("a-3", "b-2", "a-5", "c", "a-6");
    }

    /** Every numbered form in one query; the id-made one in a second, before any quote is stored (its id drawn ahead). */
    @Test
    void shouldAskTwoQueriesAndTakeAnIdSuffixWhenAThousandQuotesShareTheFirstWords() {
        Set<String> stored = new HashSet<>(List.of("same"));
        for (int n = 2; n <= 1000; n++) {
            stored.add("same-" + n);
        }
        List<Integer> queries = new ArrayList<>();
        List<String> chosen = new QuoteSlugs(asked -> {
            queries.add(asked.size());
            return intersect(asked, stored);
        }).choose(List.of("same", "other"), List.of(ID, ids(1).get(0)));
        assertThat(chosen).containsExactly("same-3c4d5e6f", "other"); // the last 8 characters of its id
        assertThat(queries).containsExactly(2 * Slugs.NUMBERED, 1);
    }

    /**
     * An ingest of a wire story stored many times before: every quote's numbered forms are taken, so every quote takes
     * its id-made slug, and all of them are asked in one query after the numbered forms, none alone.
     */
    @Test
    void shouldAskTheIdMadeSlugsOfABatchTogetherWhenItsNumberedFormsRunOut() {
        List<String> bases = new ArrayList<>();
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            bases.add("said-" + i);
            for (int n = 1; n <= Slugs.NUMBERED; n++) {
                stored.add(Slugs.numbered("said-" + i, n));
            }
        }
        bases.add("said-0"); // said twice on the page: the second needs its own id-made slug too
        List<String> ids = ids(bases.size());
        List<Integer> queries = new ArrayList<>();
        List<String> chosen = new QuoteSlugs(asked -> {
            queries.add(asked.size());
            return intersect(asked, stored);
        }).choose(bases, ids);
        assertThat(chosen).isEqualTo(oneByOne(bases, ids, stored));
        assertThat(chosen.get(0)).isEqualTo(Slugs.withIdSuffix("said-0", ids.get(0)));
        assertThat(queries).containsExactly(12 * Slugs.NUMBERED, 13);
    }

    /** A bulk batch: its bases in one round, then the numbered forms of the bases found taken, whatever the count. */
    @Test
    void shouldAskALargeBatchInTwoRoundsWhateverItsCollisions() {
        List<String> bases = new ArrayList<>();
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            bases.add("quote-" + i);
            if (i % 2 == 0) {
                stored.add("quote-" + i);
                stored.add("quote-" + i + "-2");
            }
        }
        List<Integer> queries = new ArrayList<>();
        List<String> chosen = new QuoteSlugs(asked -> {
            queries.add(asked.size());
            return intersect(asked, stored);
        }).choose(bases, ids(bases.size()));
        assertThat(chosen).startsWith("quote-0-3", "quote-1", "quote-2-3");
        assertThat(queries.get(0)).as("the bases first").isEqualTo(200);
        assertThat(queries.subList(1, queries.size()).stream().mapToInt(Integer::intValue).sum())
                .as("then the other numbered forms of the 100 taken bases only").isEqualTo(100 * (Slugs.NUMBERED - 1));
        assertThat(queries).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(QuoteSlugs.PER_QUERY));
    }

    @Test
    void shouldMatchOneByOneChoiceOnRandomCatalogs() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            Set<String> stored = new HashSet<>();
            String[] names = {"x", "x-2", "y", "x-2-2"}; // bases that are candidates of one another
            for (String name : names) {
                for (int n = 1; n <= 40; n++) {
                    if (random.nextInt(8) > 0) {
                        stored.add(Slugs.numbered(name, n));
                    }
                }
            }
            List<String> bases = new ArrayList<>();
            for (int i = random.nextInt(8); i >= 0; i--) {
                bases.add(names[random.nextInt(names.length)]);
            }
            List<String> ids = ids(bases.size());
            if (random.nextInt(4) == 0) {
                stored.add(Slugs.withIdSuffix(bases.get(0), ids.get(0))); // even the id-made one is taken
            }
            List<String> expected = oneByOne(bases, ids, stored);
            assertThat(new QuoteSlugs(asked -> intersect(asked, stored)).choose(bases, ids))
                    .as("bases %s", bases).isEqualTo(expected);
        }
    }

    @Test
    void shouldPadTheCandidatesToAPowerOfTwo() {
        assertThat(QuoteSlugs.padded(new java.util.LinkedHashSet<>(List.of("a")))).hasSize(1);
        assertThat(QuoteSlugs.padded(new java.util.LinkedHashSet<>(List.of("a", "b", "c")))).containsExactly("a", "b", "c", "c");
        assertThat(QuoteSlugs.padded(new java.util.LinkedHashSet<>(List.of("a", "b", "c", "d")))).hasSize(4);
    }

    /** The rule of Slugger.choose, written out: the quotes created one after the other. */
    private static List<String> oneByOne(List<String> bases, List<String> ids, Set<String> stored) {
        Set<String> taken = new HashSet<>(stored);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            List<String> candidates = new ArrayList<>();
            for (int n = 1; n <= Slugs.NUMBERED; n++) {
                candidates.add(Slugs.numbered(bases.get(i), n));
            }
            candidates.add(Slugs.withIdSuffix(bases.get(i), ids.get(i)));
            for (int n = Slugs.NUMBERED + 1; n <= 1000; n++) {
                candidates.add(Slugs.numbered(bases.get(i), n));
            }
            String slug = candidates.stream().filter(c -> !taken.contains(c)).findFirst().orElseThrow();
            taken.add(slug);
            chosen.add(slug);
        }
        return chosen;
    }

    private static Set<String> intersect(Set<String> asked, Set<String> stored) {
        Set<String> found = new HashSet<>(asked);
        found.retainAll(stored);
        return found.isEmpty() ? Collections.emptySet() : found;
    }
}
