package dev.lede.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of every suggestible name, answering a prefix in memory: a sorted array of folded keys (the
 * whole name, and the name from each of its words on, likewise for aliases), binary search for the first key at or
 * after the prefix, and a walk while keys start with it. Built off the request path by {@link SuggestIndexHolder}.
 *
 * <p>Ranking (best first): a match on the name (its start or a word's start) before a match on an alias only; then
 * the most mentioned (articles naming it; articles themselves by recency); then a whole-name prefix before a word
 * prefix; then the name. Mentions outrank the whole-versus-word distinction because typing "kir" in a news search
 * looks for the John Kirby who is in the news, not for an unknown "Kirk" whose name merely starts that way.
 */
final class SuggestIndex {
    /** How a key matched: the whole name, a word of it, the whole alias, a word of it. */
    static final int WHOLE_NAME = 0;
    static final int NAME_WORD = 1;
    static final int WHOLE_ALIAS = 2;
    static final int ALIAS_WORD = 3;

    /** One suggestible thing; {@code weight} orders equal matches (mentions, or an article's publication time). */
    record Item(SuggestType type, String id, String slug, String name, List<String> aliases, long mentions, long weight) {
    }

    private record Key(String key, int item, int quality, String matched) {
    }

    private static final Comparator<Key> BY_KEY = Comparator.comparing(Key::key);

    private final long seq;
    private final Item[] items;
    private final String[] keys;
    private final int[] itemOf;
    private final byte[] qualityOf;
    private final String[] matchedOf;

    /**
     * @param seq       the change log's head when the data was read: the snapshot reflects every write up to it
     * @param nameWords     how many words of a name or alias are keys of their own
     * @param headlineWords the same for headlines, which are long: their first words count, the rest would only
     *                      multiply the keys held in memory
     */
    SuggestIndex(long seq, List<Item> items, int nameWords, int headlineWords) {
        this.seq = seq;
        this.items = items.toArray(Item[]::new);
        List<Key> all = new ArrayList<>();
        for (int i = 0; i < this.items.length; i++) {
            Item item = this.items[i];
            int wordLimit = item.type() == SuggestType.article ? headlineWords : nameWords;
            addKeys(all, i, item.name(), WHOLE_NAME, wordLimit);
            for (String alias : item.aliases()) {
                addKeys(all, i, alias, WHOLE_ALIAS, wordLimit);
            }
        }
        all.sort(BY_KEY);
        keys = new String[all.size()];
        itemOf = new int[all.size()];
        qualityOf = new byte[all.size()];
        matchedOf = new String[all.size()];
        for (int i = 0; i < keys.length; i++) {
            Key key = all.get(i);
            keys[i] = key.key();
            itemOf[i] = key.item();
            qualityOf[i] = (byte) key.quality();
            matchedOf[i] = key.matched();
        }
    }

    private static void addKeys(List<Key> keys, int item, String text, int whole, int wordLimit) {
        String folded = Folding.fold(text);
        for (int start : Folding.wordStarts(folded, wordLimit)) {
            keys.add(new Key(folded.substring(start), item, start == 0 ? whole : whole + 1, text));
        }
    }

    long seq() {
        return seq;
    }

    int size() {
        return keys.length;
    }

    /** The best {@code limit} suggestions of each type in {@code types} for a folded prefix, best first overall. */
    List<Suggestion> find(String prefix, Set<SuggestType> types, int limit) {
        Map<Integer, Integer> best = new HashMap<>(); // item -> its best key
        for (int k = firstAtOrAfter(prefix); k < keys.length && keys[k].startsWith(prefix); k++) {
            if (types.contains(items[itemOf[k]].type())) {
                best.merge(itemOf[k], k, (a, b) -> qualityOf[b] < qualityOf[a] ? b : a);
            }
        }
        Comparator<Integer> ranking = ranking();
        Map<SuggestType, List<Integer>> byType = new EnumMap<>(SuggestType.class);
        best.values().forEach(k -> byType.computeIfAbsent(items[itemOf[k]].type(), t -> new ArrayList<>()).add(k));
        List<Integer> chosen = new ArrayList<>();
        for (List<Integer> ofType : byType.values()) {
            ofType.sort(ranking);
            chosen.addAll(ofType.subList(0, Math.min(limit, ofType.size())));
        }
        chosen.sort(ranking);
        return chosen.stream().map(this::suggestion).toList();
    }

    private Comparator<Integer> ranking() {
        return Comparator.<Integer>comparingInt(k -> qualityOf[k] >= WHOLE_ALIAS ? 1 : 0)
                .thenComparing(k -> -items[itemOf[k]].weight())
                .thenComparingInt(k -> qualityOf[k])
                .thenComparing(k -> items[itemOf[k]].name())
                .thenComparing(k -> items[itemOf[k]].id());
    }

    private Suggestion suggestion(int k) {
        Item item = items[itemOf[k]];
        return new Suggestion(item.type(), item.id(), item.slug(), item.name(), matchedOf[k], item.mentions());
    }

    private int firstAtOrAfter(String prefix) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid].compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
