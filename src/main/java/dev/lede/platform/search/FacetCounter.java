package dev.lede.platform.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;

/**
 * Counts the values of keyword fields over every matching document (not the page), by global ordinal in one array per
 * field: one increment per value of a hit. Values become strings only for what is returned. As a collector it counts
 * what a search matches; {@link #add} counts (or discounts) a given set of documents, from counts given to start from.
 */
final class FacetCounter extends SimpleCollector {
    private final GlobalOrdinals.Field[] ordinals;
    private final int[][] counts;
    private final SortedSetDocValues[] values;
    private final LongValues[] toGlobal;

    FacetCounter(IndexReader reader, GlobalOrdinals globalOrdinals, List<String> fields) {
        int n = fields.size();
        ordinals = new GlobalOrdinals.Field[n];
        counts = new int[n][];
        values = new SortedSetDocValues[n];
        toGlobal = new LongValues[n];
        for (int i = 0; i < n; i++) {
            ordinals[i] = globalOrdinals.of(reader, fields.get(i));
            counts[i] = new int[ordinals[i].valueCount()];
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        for (int i = 0; i < ordinals.length; i++) {
            values[i] = DocValues.getSortedSet(context.reader(), ordinals[i].name());
            toGlobal[i] = ordinals[i].toGlobal(context);
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        count(doc, 1);
    }

    private void count(int doc, int delta) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (values[i].advanceExact(doc)) {
                for (int n = values[i].docValueCount(); n > 0; n--) {
                    counts[i][(int) toGlobal[i].get(values[i].nextOrd())] += delta;
                }
            }
        }
    }

    /** Counts the values of these documents of the segment {@code leaf} {@code delta} times (1 adds them, -1 takes them off). */
    void add(LeafReaderContext leaf, DocIdSetIterator docs, int delta) throws IOException {
        doSetNextReader(leaf);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            count(doc, delta);
        }
    }

    /** The counts of field {@code field} (by its position in the fields counted) so far: the array itself. */
    int[] counts(int field) {
        return counts[field];
    }

    /** Starts the counts of field {@code field} from a copy of {@code from} (counts over the same reader's ordinals). */
    void startFrom(int field, int[] from) {
        counts[field] = from.clone();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The top {@code limit} values of each field, most frequent first (ties by value in UTF-8 byte order, stable). */
    Map<String, List<SearchHits.FacetCount>> top(int limit) throws IOException {
        Map<String, List<SearchHits.FacetCount>> result = new LinkedHashMap<>();
        for (int i = 0; i < ordinals.length; i++) {
            result.put(ordinals[i].name(), top(i, limit));
        }
        return result;
    }

    /**
     * A bounded heap of (count, ordinal) packed in a long, the better the larger: the count in the high half, the
     * ordinal inverted in the low half, so of equal counts the lower ordinal (the lower value) wins.
     */
    private List<SearchHits.FacetCount> top(int field, int limit) throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        LongHeap best = new LongHeap(limit);
        int[] ofField = counts[field];
        for (int ord = 0; ord < ofField.length; ord++) {
            if (ofField[ord] > 0) {
                best.insertWithOverflow(((long) ofField[ord] << 32) | (0xFFFFFFFFL - ord));
            }
        }
        List<SearchHits.FacetCount> top = new ArrayList<>(best.size());
        GlobalOrdinals.Values names = ordinals[field].values();
        while (best.size() > 0) {
            long packed = best.pop(); // the worst first
            long ord = 0xFFFFFFFFL - (packed & 0xFFFFFFFFL);
            top.add(0, new SearchHits.FacetCount(names.of(ord), packed >>> 32));
        }
        return List.copyOf(top);
    }

    /** Every value of each field that a matching document holds, with its count (read-only maps). */
    Map<String, Map<String, Long>> all() throws IOException {
        Map<String, Map<String, Long>> all = new HashMap<>();
        for (int i = 0; i < ordinals.length; i++) {
            Map<String, Long> ofField = new HashMap<>();
            GlobalOrdinals.Values names = ordinals[i].values();
            for (int ord = 0; ord < counts[i].length; ord++) {
                if (counts[i][ord] > 0) {
                    ofField.put(names.of(ord), (long) counts[i][ord]);
                }
            }
            // Not Map.copyOf: its open-addressing probe was 70% of a related list's CPU (one lookup per co-mentioned
            // name in everyone's counts, tens of thousands of keys); a HashMap's lookup is a fraction of that.
            all.put(ordinals[i].name(), Collections.unmodifiableMap(ofField));
        }
        return Collections.unmodifiableMap(all);
    }
}
