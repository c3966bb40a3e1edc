package dev.lede.platform.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.search.IndexSearcher;

/**
 * The stored views of hits, remembered by segment and document. A segment never changes once written (an update
 * writes the document again, into a new segment), so a view read once for a segment's document is that
 * document's view for as long as the segment lives: no version to check, nothing to invalidate. Reading a view
 * from the stored fields decompresses the block it shares with the bodies, the dearest part of a page of hits
 * for a common word; the same top documents answer many different searches. Bounded by bytes (the views of
 * a few thousand articles), inside a heap that is committed whole anyway, so it adds nothing to the process's
 * resident memory; entries of merged-away segments age out.
 */
final class StoredViews {
    private static final long MAX_BYTES = 12L * 1024 * 1024;
    private static final Cache<Key, byte[]> CACHE = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key k, byte[] v) -> v.length + 48)
            .recordStats()
            .build();
    private static final byte[] NONE = new byte[0];

    private record Key(Object segment, int doc) {
    }

    private StoredViews() {
    }

    /** The stored view of the hit {@code doc} of {@code searcher}, or null when its document has none. */
    static byte[] of(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) {
            return read(searcher, doc);
        }
        Key key = new Key(core.getKey(), doc - leaf.docBase);
        byte[] view = CACHE.getIfPresent(key);
        if (view == null) {
            view = read(searcher, doc);
            CACHE.put(key, view == null ? NONE : view);
        }
        return view == null || view == NONE ? null : view;
    }

    /** How the views were found: read (misses) or remembered (hits). */
    static CacheStats stats() {
        return CACHE.stats();
    }

    private static byte[] read(IndexSearcher searcher, int doc) throws IOException {
        byte[][] found = new byte[1][];
        searcher.storedFields().document(doc, new StoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo field) {
                return found[0] != null ? Status.STOP : LuceneDocuments.VIEW.equals(field.name) ? Status.YES : Status.NO;
            }

            @Override
            public void binaryField(FieldInfo field, byte[] value) {
                found[0] = value;
            }
        });
        return found[0];
    }
}
