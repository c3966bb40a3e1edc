package dev.lede.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Every value of some keyword fields counted over the documents a query matches, the last few tallies kept per reader:
 * the same tally over an unchanged index (everyone's own count, in related) is not redone.
 */
final class Tallies {
    private static final int KEPT = 16;
    private final Map<List<Object>, Map<String, Map<String, Long>>> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Map<String, Map<String, Long>>> eldest) {
            return size() > KEPT;
        }
    };
    private final GlobalOrdinals ordinals;

    Tallies(GlobalOrdinals ordinals) {
        this.ordinals = ordinals;
    }

    /** Every value of each field with its count, over the documents {@code query} matches (read-only maps). */
    Map<String, Map<String, Long>> tally(FreshSearchers searchers, Query query, List<String> fields) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // The reader's own key: a refresh after any write makes a new one, so a kept tally is never stale.
                var helper = searcher.getIndexReader().getReaderCacheHelper();
                List<Object> key = helper == null ? null : List.of(helper.getKey(), query, fields);
                Map<String, Map<String, Long>> tally = key == null ? null : get(key);
                if (tally == null) {
                    FacetCounter counter = new FacetCounter(searcher.getIndexReader(), ordinals, fields);
                    searcher.search(query, counter);
                    tally = counter.all();
                    if (key != null) {
                        put(key, tally);
                    }
                }
                return tally;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Map<String, Map<String, Long>> get(List<Object> key) {
        return kept.get(key);
    }

    private synchronized void put(List<Object> key, Map<String, Map<String, Long>> tally) {
        kept.put(key, tally);
    }
}
