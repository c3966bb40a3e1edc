package dev.lede.discovery;

import dev.lede.platform.security.Entitlements;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * An immutable snapshot of every suggestible name, answering a prefix in memory: a sorted array of folded keys (the
 * whole name, and the name from each of its words on, likewise for aliases), two binary searches for the range of keys
 * starting with the prefix, and one walk over it. Built off the request path by {@link SuggestIndexHolder}.
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
    record Item(SuggestType type, String id, String slug, String name, List<String> aliases, long mentions, long weight,
                Licence licence) {
        /** An item that is not licensed content (a person, entity or source): every reader is shown it. */
        Item(SuggestType type, String id, String slug, String name, List<String> aliases, long mentions, long weight) {
            this(type, id, slug, name, aliases, mentions, weight, null);
        }
    }

    /** What entitlements read of an article suggested: its sources (publisher and credits), section and tags. */
    record Licence(List<String> sources, String section, List<String> tags) {
        static Licence of(String publisher, List<String> credited, String section, List<String> tags) {
            List<String> sources = new ArrayList<>();
            if (publisher != null) {
                sources.add(publisher);
            }
            if (credited != null) {
                sources.addAll(credited);
            }
            return new Licence(List.copyOf(sources), section, tags == null ? List.of() : List.copyOf(tags));
        }

        boolean within(Entitlements entitlements) {
            return entitlements.covers(sources, section, tags);
        }
    }

    private final long seq;
    private final Item[] items;
    private final SuggestKeys keys;
    private final int[] itemOf;
    /** The key's rank for its item's type, smaller is better (see {@link SuggestRanking}). */
    private final long[] orderOf;
    private final byte[] typeOf;
    /** The name or alias a key comes from (the same String for all keys of a text, not a copy each). */
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
        Added added = new Added();
        for (int i = 0; i < this.items.length; i++) {
            Item item = this.items[i];
            int wordLimit = item.type() == SuggestType.article ? headlineWords : nameWords;
            added.keysOf(i, item.name(), WHOLE_NAME, wordLimit);
            for (String alias : item.aliases()) {
                added.keysOf(i, alias, WHOLE_ALIAS, wordLimit);
            }
        }
        int[] sorted = added.builder.sortedOrder();
        keys = added.builder.build(sorted);
        itemOf = new int[sorted.length];
        orderOf = new long[sorted.length];
        typeOf = new byte[sorted.length];
        matchedOf = new String[sorted.length];
        SuggestRanking ranking = new SuggestRanking(this.items);
        for (int i = 0; i < sorted.length; i++) {
            int key = sorted[i];
            itemOf[i] = added.item[key];
            orderOf[i] = ranking.order(itemOf[i], added.quality[key]);
            typeOf[i] = (byte) this.items[itemOf[i]].type().ordinal();
            matchedOf[i] = added.matched.get(key);
        }
    }

    /** The keys as they are added, numbered in that order, with their item, quality and text. */
    private static final class Added {
        private final SuggestKeys.Builder builder = new SuggestKeys.Builder();
        private int[] item = new int[1024];
        private byte[] quality = new byte[1024];
        private final List<String> matched = new ArrayList<>();

        void keysOf(int itemIndex, String text, int whole, int wordLimit) {
            String folded = Folding.fold(text);
            int at = builder.text(folded);
            for (int start : Folding.wordStarts(folded, wordLimit)) {
                int key = builder.key(at + start);
                if (key == item.length) {
                    item = java.util.Arrays.copyOf(item, key * 2);
                    quality = java.util.Arrays.copyOf(quality, key * 2);
                }
                item[key] = itemIndex;
                quality[key] = (byte) (start == 0 ? whole : whole + 1);
                matched.add(text);
            }
        }
    }

    long seq() {
        return seq;
    }

    int size() {
        return keys.size();
    }

    /**
     * The best {@code limit} suggestions of each type in {@code types} for a folded prefix, best first overall. One
     * pass over the keys starting with the prefix keeps, per type, only the best {@code limit} items (their best key
     * each); short prefixes of a large catalog match tens of thousands of keys, and each costs a few array reads.
     */
    List<Suggestion> find(String prefix, Set<SuggestType> types, int limit) {
        return find(prefix, types, limit, Entitlements.ALL);
    }

    /** {@link #find(String, Set, int)} for a reader limited by entitlements: an article outside them is never offered. */
    List<Suggestion> find(String prefix, Set<SuggestType> types, int limit, Entitlements entitlements) {
        boolean limited = !entitlements.unrestricted();
        BestKeys[] best = new BestKeys[SuggestType.values().length];
        for (SuggestType type : types) {
            best[type.ordinal()] = new BestKeys(limit);
        }
        int from = first(0, k -> keys.compareTo(k, prefix) >= 0);
        int to = first(from, k -> !keys.startsWith(k, prefix)); // sorted keys: those starting with it are a range
        for (int k = from; k < to; k++) {
            BestKeys ofType = best[typeOf[k]];
            if (ofType != null && !(limited && outside(items[itemOf[k]], entitlements))) {
                ofType.offer(orderOf[k], k, itemOf[k]);
            }
        }
        return merged(best);
    }

    private static boolean outside(Item item, Entitlements entitlements) {
        return item.licence() != null && !item.licence().within(entitlements);
    }

    /** The kept keys of every type, best first: at most {@code limit} per type, so a few dozen in all. */
    private List<Suggestion> merged(BestKeys[] best) {
        int count = 0;
        for (BestKeys ofType : best) {
            count += ofType == null ? 0 : ofType.size();
        }
        int[] chosen = new int[count];
        int next = 0;
        for (BestKeys ofType : best) {
            for (int i = 0; ofType != null && i < ofType.size(); i++) {
                chosen[next++] = ofType.key(i);
            }
        }
        for (int i = 1; i < count; i++) { // insertion sort by order: few keys, no boxing
            int key = chosen[i];
            int j = i;
            for (; j > 0 && orderOf[chosen[j - 1]] > orderOf[key]; j--) {
                chosen[j] = chosen[j - 1];
            }
            chosen[j] = key;
        }
        List<Suggestion> suggestions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            suggestions.add(suggestion(chosen[i]));
        }
        return suggestions;
    }

    private Suggestion suggestion(int k) {
        Item item = items[itemOf[k]];
        return new Suggestion(item.type(), item.id(), item.slug(), item.name(), matchedOf[k], item.mentions());
    }

    /** The first key at or after {@code from} that is {@code past}, for a predicate false then true along the keys. */
    private int first(int from, IntPredicate past) {
        int low = from;
        int high = keys.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (past.test(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
