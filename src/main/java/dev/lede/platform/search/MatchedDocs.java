package dev.lede.platform.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every live document a query matches, one bit set per segment of the searcher's reader (a bit per document: 12.5 KB
 * per 100,000), and how many: collected once without scores, then read by the facets and the total.
 */
record MatchedDocs(FixedBitSet[] bySegment, int count) {

    static MatchedDocs of(IndexSearcher searcher, Query query) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        searcher.search(query, new SimpleCollector() {
            private FixedBitSet segment;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                segment = new FixedBitSet(context.reader().maxDoc());
                bits[context.ord] = segment;
            }

            @Override
            public void collect(int doc) {
                segment.set(doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        int count = 0;
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == null) { // a segment the search skipped
                bits[i] = new FixedBitSet(leaves.get(i).reader().maxDoc());
            }
            count += bits[i].cardinality();
        }
        return new MatchedDocs(bits, count);
    }

    /** The documents of segment {@code ord}, in order. */
    BitSetIterator in(int ord) {
        return new BitSetIterator(bySegment[ord], bySegment[ord].cardinality());
    }

    /** The documents of segment {@code ord} here but not in {@code subset}, in order. */
    BitSetIterator inButNot(int ord, MatchedDocs subset) {
        FixedBitSet rest = bySegment[ord].clone();
        rest.andNot(subset.bySegment[ord]);
        return new BitSetIterator(rest, rest.cardinality());
    }
}
