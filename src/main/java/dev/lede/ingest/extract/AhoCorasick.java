package dev.lede.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-pattern matcher (Aho-Corasick): built once over all patterns, then finds every occurrence of every
 * pattern in one left-to-right pass, so matching cost does not grow with the size of the catalog. Transitions
 * live in one hash map keyed by (state, char) instead of a map per state: a 100,000-name catalog stays compact.
 * Matching is case-sensitive on purpose: proper names are told apart from common words by their capitals.
 */
public final class AhoCorasick<V> {

    /** One occurrence: [start, end) in the text and the value registered for the pattern. */
    public record Match<V>(int start, int end, V value) {
        public int length() {
            return end - start;
        }
    }

    private final Map<Long, Integer> next = new HashMap<>();
    private int[] fail;
    private int[] dictLink; // nearest state on the fail chain that ends a pattern, -1 if none
    private final List<List<Integer>> outputs = new ArrayList<>(); // pattern indexes ending at each state
    private final List<Integer> lengths = new ArrayList<>();
    private final List<V> values = new ArrayList<>();
    private int states = 1;
    private boolean built;

    public AhoCorasick() {
        outputs.add(null);
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    public AhoCorasick<V> add(String pattern, V value) {
        if (built) throw new IllegalStateException("already built");
        if (pattern == null || pattern.isEmpty()) return this;
        int s = 0;
        for (int i = 0; i < pattern.length(); i++) {
            long k = key(s, pattern.charAt(i));
            Integer t = next.get(k);
            if (t == null) {
                t = states++;
                next.put(k, t);
                outputs.add(null);
            }
            s = t;
        }
        if (outputs.get(s) == null) outputs.set(s, new ArrayList<>(1));
        outputs.get(s).add(values.size());
        values.add(value);
        lengths.add(pattern.length());
        return this;
    }

    /** Computes failure links breadth-first; call once after the last {@link #add}. */
    public AhoCorasick<V> build() {
        fail = new int[states];
        dictLink = new int[states];
        java.util.Arrays.fill(dictLink, -1);
        // children lists per state, derived once from the transition map, for the BFS
        List<List<long[]>> children = new ArrayList<>(states);
        for (int i = 0; i < states; i++) children.add(null);
        for (Map.Entry<Long, Integer> e : next.entrySet()) {
            int from = (int) (e.getKey() >>> 16);
            char c = (char) (e.getKey() & 0xFFFF);
            if (children.get(from) == null) children.set(from, new ArrayList<>(2));
            children.get(from).add(new long[]{c, e.getValue()});
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        if (children.get(0) != null) {
            for (long[] ch : children.get(0)) {
                fail[(int) ch[1]] = 0;
                queue.add((int) ch[1]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<long[]> kids = children.get(s);
            if (kids == null) continue;
            for (long[] ch : kids) {
                char c = (char) ch[0];
                int t = (int) ch[1];
                int f = fail[s];
                Integer g;
                while ((g = next.get(key(f, c))) == null && f != 0) f = fail[f];
                fail[t] = (g != null && g != t) ? g : 0;
                dictLink[t] = outputs.get(fail[t]) != null ? fail[t] : dictLink[fail[t]];
                queue.add(t);
            }
        }
        built = true;
        return this;
    }

    public int size() {
        return values.size();
    }

    /** Every occurrence of every pattern, in order of end position. */
    public List<Match<V>> findAll(CharSequence text) {
        if (!built) throw new IllegalStateException("call build() first");
        List<Match<V>> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer t;
            while ((t = next.get(key(s, c))) == null && s != 0) s = fail[s];
            s = t == null ? 0 : t;
            for (int o = outputs.get(s) != null ? s : dictLink[s]; o > 0; o = dictLink[o]) {
                for (int p : outputs.get(o)) {
                    out.add(new Match<>(i + 1 - lengths.get(p), i + 1, values.get(p)));
                }
            }
        }
        return out;
    }

    /**
     * Occurrences that stand as whole words, keeping the longest one where matches overlap (leftmost first):
     * "United States of America" wins over "United States" and over "America".
     */
    public List<Match<V>> findWords(CharSequence text) {
        List<Match<V>> all = new ArrayList<>();
        for (Match<V> m : findAll(text)) {
            if (isBoundary(text, m.start() - 1) && isBoundary(text, m.end())) all.add(m);
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.length(), a.length()));
        List<Match<V>> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Match<V> m : all) { // leftmost-longest: sorted by start, longest first
            if (m.start() >= coveredTo) {
                kept.add(m);
                coveredTo = m.end();
            }
        }
        return kept;
    }

    private static boolean isBoundary(CharSequence text, int i) {
        if (i < 0 || i >= text.length()) return true;
        char c = text.charAt(i);
        return !Character.isLetterOrDigit(c);
    }
}
