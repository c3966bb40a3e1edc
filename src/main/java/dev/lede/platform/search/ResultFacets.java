package dev.lede.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Facet counts over a whole result, exact, at the cost of whichever is smaller: the result, or what the filters let
 * through that the text does not match. A common word matches nearly every article, and counting each value of each
 * hit cost 35 ms of CPU per search at 100,000 articles; such a result is counted as the counts over every document
 * the filters pass (a {@link Baseline}, which does not depend on the text: computed once per reader and filters, kept
 * while the reader is open) less the counts over the few passing documents the text misses.
 */
final class ResultFacets {
    /** Baselines kept per reader: the public filter (published) and the few other filter sets in use at a time. */
    private static final int KEPT = 16;
    private final GlobalOrdinals ordinals = new GlobalOrdinals();
    private final Map<IndexReader.CacheKey, Map<Query, Baseline>> byReader = new ConcurrentHashMap<>();

    GlobalOrdinals ordinals() {
        return ordinals;
    }

    /**
     * The top {@code limit} values of each field over {@code matches}, all of which {@code passing} (the filters
     * without the text) matches too.
     */
    Map<String, List<SearchHits.FacetCount>> top(IndexSearcher searcher, MatchedDocs matches, Query passing,
                                                 List<String> fields, int limit) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        FacetCounter counter = new FacetCounter(reader, ordinals, fields);
        List<LeafReaderContext> leaves = reader.leaves();
        // A result under a quarter of the index is counted as is, without building a baseline for its filters.
        Baseline baseline = matches.count() * 4L > reader.numDocs() ? baseline(searcher, passing) : null;
        if (baseline != null && matches.count() * 2L > baseline.passing().count()) {
            for (int i = 0; i < fields.size(); i++) {
                counter.startFrom(i, baseline.counts(reader, ordinals, fields.get(i)));
            }
            for (LeafReaderContext leaf : leaves) {
                counter.add(leaf, baseline.passing().inButNot(leaf.ord, matches), -1);
            }
        } else {
            for (LeafReaderContext leaf : leaves) {
                counter.add(leaf, matches.in(leaf.ord), 1);
            }
        }
        return counter.top(limit);
    }

    private Baseline baseline(IndexSearcher searcher, Query passing) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return new Baseline(MatchedDocs.of(searcher, passing), new ConcurrentHashMap<>());
        }
        Map<Query, Baseline> kept = byReader.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byReader::remove);
            return java.util.Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Query, Baseline> eldest) {
                    return size() > KEPT;
                }
            });
        });
        Baseline baseline = kept.get(passing);
        if (baseline == null) { // two searches may build it at once: the same result, one is kept
            baseline = new Baseline(MatchedDocs.of(searcher, passing), new ConcurrentHashMap<>());
            kept.put(passing, baseline);
        }
        return baseline;
    }

    /** What the filters let through, and the counts of each field's values over it, each field counted when first asked. */
    private record Baseline(MatchedDocs passing, Map<String, int[]> byField) {
        /** Never changed once made: counters start from copies. */
        int[] counts(IndexReader reader, GlobalOrdinals ordinals, String field) {
            return byField.computeIfAbsent(field, name -> {
                FacetCounter counter = new FacetCounter(reader, ordinals, List.of(name));
                try {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        counter.add(leaf, passing.in(leaf.ord), 1);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return counter.counts(0);
            });
        }
    }
}
