package dev.lede.discovery;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The ranking of {@link SuggestIndex}, computed once per snapshot so that a request compares two keys with one
 * {@code long} comparison instead of a chain of comparators over boxed values. A key's order is, from the high bits
 * down: an alias-only match (1 bit), the dense rank of its item's weight, heaviest first (30 bits), its quality
 * (2 bits), and the rank of its item by name then id (30 bits). The smaller the order, the better the key; two keys
 * of different items never have the same order.
 */
final class SuggestRanking {
    private static final int RANK_BITS = 30;
    private static final int QUALITY_BITS = 2;
    /** Ranks must fit their bits: a billion items is far beyond what a snapshot in memory holds. */
    static final int MAX_ITEMS = 1 << RANK_BITS;

    private final int[] weightRank;
    private final int[] nameRank;

    SuggestRanking(SuggestIndex.Item[] items) {
        if (items.length >= MAX_ITEMS) {
            throw new IllegalArgumentException("at most " + MAX_ITEMS + " suggestible items, got " + items.length);
        }
        weightRank = weightRanks(items);
        nameRank = nameRanks(items);
    }

    /** The order of a key of {@code item} matching with {@code quality} (see {@link SuggestIndex#WHOLE_NAME}...). */
    long order(int item, int quality) {
        long aliasOnly = quality >= SuggestIndex.WHOLE_ALIAS ? 1 : 0;
        return aliasOnly << (2 * RANK_BITS + QUALITY_BITS)
                | (long) weightRank[item] << (RANK_BITS + QUALITY_BITS)
                | (long) quality << RANK_BITS
                | nameRank[item];
    }

    /**
     * Equal weights share a rank; heavier comes first. The order is that of {@code -weight} as a long, which is what
     * the ranking always compared (so {@code Long.MIN_VALUE}, whose negation is itself, stays first).
     */
    private static int[] weightRanks(SuggestIndex.Item[] items) {
        long[] negated = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            negated[i] = -items[i].weight();
        }
        long[] distinct = Arrays.stream(negated).sorted().distinct().toArray();
        int[] ranks = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            ranks[i] = Arrays.binarySearch(distinct, negated[i]);
        }
        return ranks;
    }

    /** By name, then id (unique), then position, so that the order is total even for an impossible duplicate id. */
    private static int[] nameRanks(SuggestIndex.Item[] items) {
        Integer[] sorted = IntStream.range(0, items.length).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, (a, b) -> {
            int byName = items[a].name().compareTo(items[b].name());
            int byId = byName != 0 ? byName : items[a].id().compareTo(items[b].id());
            return byId != 0 ? byId : Integer.compare(a, b);
        });
        int[] ranks = new int[items.length];
        for (int rank = 0; rank < sorted.length; rank++) {
            ranks[sorted[rank]] = rank;
        }
        return ranks;
    }
}
