package dev.lede.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the values of keyword fields over every matching document (not the page): per segment by ordinal in an
 * array, turned into values once at the segment's end, so the cost is one array increment per value of a hit.
 */
final class FacetCounter extends SimpleCollector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private SortedSetDocValues[] values;
    private long[][] segmentCounts;

    FacetCounter(List<String> fields) {
        this.fields = fields;
        fields.forEach(field -> counts.put(field, new HashMap<>()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        values = new SortedSetDocValues[fields.size()];
        segmentCounts = new long[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
            segmentCounts[i] = new long[(int) values[i].getValueCount()];
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (values[i].advanceExact(doc)) {
                for (int n = 0; n < values[i].docValueCount(); n++) {
                    segmentCounts[i][(int) values[i].nextOrd()]++;
                }
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Tallies kept per reader: the same tally over an unchanged index (everyone's own count, in related) is not redone. */
    static final class Tallies {
        private static final int KEPT = 16;
        private final Map<List<Object>, Map<String, Map<String, Long>>> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Map<String, Map<String, Long>>> eldest) {
                return size() > KEPT;
            }
        };

        synchronized Map<String, Map<String, Long>> get(List<Object> key) {
            return kept.get(key);
        }

        synchronized void put(List<Object> key, Map<String, Map<String, Long>> tally) {
            kept.put(key, tally);
        }
    }

    /** Every value of each field with its count, over the documents {@code query} matches (read-only maps). */
    static Map<String, Map<String, Long>> tally(SearcherManager searchers, Tallies tallies, Query query, List<String> fields) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // The reader's own key: a refresh after any write makes a new one, so a kept tally is never stale.
                var helper = searcher.getIndexReader().getReaderCacheHelper();
                List<Object> key = helper == null ? null : List.of(helper.getKey(), query, fields);
                Map<String, Map<String, Long>> kept = key == null ? null : tallies.get(key);
                if (kept != null) {
                    return kept;
                }
                FacetCounter counter = new FacetCounter(fields);
                searcher.search(query, counter);
                counter.flush();
                Map<String, Map<String, Long>> tally = new HashMap<>();
                counter.counts.forEach((field, values) -> tally.put(field, Map.copyOf(values)));
                if (key != null) {
                    tallies.put(key, Map.copyOf(tally));
                }
                return Map.copyOf(tally);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top {@code limit} values of each field, most frequent first (ties by value, for a stable answer). */
    Map<String, List<SearchHits.FacetCount>> top(int limit) throws IOException {
        flush();
        Map<String, List<SearchHits.FacetCount>> result = new LinkedHashMap<>();
        for (String field : fields) {
            List<SearchHits.FacetCount> all = new ArrayList<>();
            counts.get(field).forEach((value, count) -> all.add(new SearchHits.FacetCount(value, count)));
            all.sort(Comparator.comparingLong(SearchHits.FacetCount::count).reversed().thenComparing(SearchHits.FacetCount::value));
            result.put(field, List.copyOf(all.subList(0, Math.min(limit, all.size()))));
        }
        return result;
    }

    private void flush() throws IOException {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            Map<String, Long> fieldCounts = counts.get(fields.get(i));
            for (int ord = 0; ord < segmentCounts[i].length; ord++) {
                if (segmentCounts[i][ord] > 0) {
                    fieldCounts.merge(values[i].lookupOrd(ord).utf8ToString(), segmentCounts[i][ord], Long::sum);
                }
            }
        }
        values = null;
    }
}
