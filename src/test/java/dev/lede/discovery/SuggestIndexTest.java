package dev.lede.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SuggestIndex#find} against a straightforward reference (every key tested, the best key of each item kept,
 * each type sorted whole, cut, merged and sorted again): on generated catalogs where names share syllables, weights
 * tie, aliases repeat names and headlines are long, both give the same suggestions in the same order, with the same
 * {@code matched}, for every prefix of one to three characters found in the keys, for prefixes that match nothing,
 * for every limit and for every set of types.
 */
class SuggestIndexTest {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "té", "vo", "an", "del", "ki", "kir", "by", "são",
        "de", "o'", "-", " ", "x", "mo"};
    private static final int NAME_WORDS = 16;
    private static final int HEADLINE_WORDS = 8;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1_000_003})
    void findsWhatTheReferenceFindsInTheSameOrder(long seed) {
        Random random = new Random(seed);
        List<SuggestIndex.Item> items = catalog(random, 300 + random.nextInt(200));
        SuggestIndex index = new SuggestIndex(7, items, NAME_WORDS, HEADLINE_WORDS);
        Reference reference = new Reference(items);
        List<Set<SuggestType>> typeSets = typeSets();
        int compared = 0;
        for (String prefix : prefixes(reference, random)) {
            for (int limit = 1; limit <= SuggestParams.MAX_LIMIT; limit++) {
                Set<SuggestType> types = typeSets.get(random.nextInt(typeSets.size()));
                assertThat(index.find(prefix, types, limit))
                        .as("q=%s types=%s limit=%d", prefix, types, limit)
                        .containsExactlyElementsOf(reference.find(prefix, types, limit));
                compared++;
            }
            assertThat(index.find(prefix, EnumSet.allOf(SuggestType.class), SuggestParams.MAX_LIMIT))
                    .containsExactlyElementsOf(reference.find(prefix, EnumSet.allOf(SuggestType.class), SuggestParams.MAX_LIMIT));
        }
        assertThat(compared).as("prefixes compared").isGreaterThan(1_000);
    }

    private static List<SuggestIndex.Item> catalog(Random random, int size) {
        long[] weights = {0, 1, 2, 3, 5, 8, 1_700_000_000L, 1_700_000_001L, Long.MAX_VALUE, Long.MIN_VALUE, -1};
        List<SuggestIndex.Item> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            SuggestType type = SuggestType.values()[random.nextInt(SuggestType.values().length)];
            String name = text(random, type == SuggestType.article ? 4 + random.nextInt(9) : 1 + random.nextInt(3));
            List<String> aliases = new ArrayList<>();
            for (int a = type == SuggestType.article ? 0 : random.nextInt(4); a > 0; a--) {
                aliases.add(random.nextInt(5) == 0 ? name : text(random, 1 + random.nextInt(2)));
            }
            // a few weights, so that ties are common and the name, then the id, decide
            long weight = random.nextInt(4) == 0 ? random.nextLong() : weights[random.nextInt(weights.length)];
            String id = String.format("%08x", random.nextInt(1 << 20)) + "-" + i;
            items.add(new SuggestIndex.Item(type, id, "slug-" + i, name, aliases, random.nextInt(100), weight));
        }
        return items;
    }

    /** Words of one to three syllables; the same name repeats now and then, with a different id. */
    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ");
            for (int s = 1 + random.nextInt(3); s > 0; s--) {
                String syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
                text.append(random.nextInt(6) == 0 ? syllable.toUpperCase() : syllable);
            }
        }
        return text.toString();
    }

    private static Set<String> prefixes(Reference reference, Random random) {
        Set<String> prefixes = new TreeSet<>();
        for (Reference.Key key : reference.keys) {
            for (int length = 1; length <= Math.min(3, key.key().length()); length++) {
                prefixes.add(key.key().substring(0, length));
            }
            if (random.nextInt(20) == 0) {
                prefixes.add(key.key()); // a whole key, and past it
                prefixes.add(key.key() + "a");
            }
        }
        prefixes.addAll(List.of("zz", "\uffff", "0", "kirb", "sao"));
        return prefixes;
    }

    private static List<Set<SuggestType>> typeSets() {
        List<Set<SuggestType>> sets = new ArrayList<>();
        for (int mask = 1; mask < 1 << SuggestType.values().length; mask++) {
            Set<SuggestType> set = EnumSet.noneOf(SuggestType.class);
            for (SuggestType type : SuggestType.values()) {
                if ((mask & 1 << type.ordinal()) != 0) {
                    set.add(type);
                }
            }
            sets.add(set);
        }
        return sets;
    }

    /** The algorithm {@code find} had before it was made cheap, written as plainly as possible. */
    private static final class Reference {
        private record Key(String key, SuggestIndex.Item item, int quality, String matched) {
        }

        private final List<Key> keys = new ArrayList<>();

        Reference(List<SuggestIndex.Item> items) {
            for (SuggestIndex.Item item : items) {
                int words = item.type() == SuggestType.article ? HEADLINE_WORDS : NAME_WORDS;
                add(item, item.name(), SuggestIndex.WHOLE_NAME, words);
                item.aliases().forEach(alias -> add(item, alias, SuggestIndex.WHOLE_ALIAS, words));
            }
            keys.sort(Comparator.comparing(Key::key)); // stable: equal keys keep the order they were added in
        }

        private void add(SuggestIndex.Item item, String text, int whole, int words) {
            String folded = Folding.fold(text);
            for (int start : Folding.wordStarts(folded, words)) {
                keys.add(new Key(folded.substring(start), item, start == 0 ? whole : whole + 1, text));
            }
        }

        List<Suggestion> find(String prefix, Set<SuggestType> types, int limit) {
            Map<SuggestIndex.Item, Key> best = new LinkedHashMap<>(); // the first key of the best quality
            for (Key key : keys) {
                if (key.key().startsWith(prefix) && types.contains(key.item().type())) {
                    best.merge(key.item(), key, (was, is) -> is.quality() < was.quality() ? is : was);
                }
            }
            Comparator<Key> ranking = Comparator.<Key>comparingInt(k -> k.quality() >= SuggestIndex.WHOLE_ALIAS ? 1 : 0)
                    .thenComparing(k -> -k.item().weight())
                    .thenComparingInt(Key::quality)
                    .thenComparing(k -> k.item().name())
                    .thenComparing(k -> k.item().id());
            List<Key> chosen = new ArrayList<>();
            for (SuggestType type : types) {
                best.values().stream().filter(k -> k.item().type() == type).sorted(ranking).limit(limit).forEach(chosen::add);
            }
            chosen.sort(ranking);
            return chosen.stream().map(k -> new Suggestion(k.item().type(), k.item().id(), k.item().slug(), k.item().name(),
                    k.matched(), k.item().mentions())).toList();
        }
    }
}
