package dev.lede.platform.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A hit's view is read from the stored fields once per segment and document, and an update is never served stale. */
class StoredViewsTest {

    private static SearchDocument doc(String id, String view) {
        return new SearchDocument(id, "en", Map.of("headline", "Drones over the port"), Map.of(), Map.of(), Map.of(), Map.of(),
                view == null ? null : view.getBytes(StandardCharsets.UTF_8));
    }

    private static int hit(IndexSearcher searcher, String id) throws Exception {
        TopDocs top = searcher.search(new TermQuery(new Term(LuceneDocuments.ID, id)), 1);
        assertEquals(1, top.scoreDocs.length);
        return top.scoreDocs[0].doc;
    }

    @Test
    void aViewIsReadOnceAndAnUpdatedDocumentShowsItsNewView() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(LuceneDocuments.of(doc("a1", "first")));
            writer.addDocument(LuceneDocuments.of(doc("a2", null)));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                long hits = StoredViews.stats().hitCount();
                assertArrayEquals("first".getBytes(StandardCharsets.UTF_8), StoredViews.of(searcher, hit(searcher, "a1")));
                assertArrayEquals("first".getBytes(StandardCharsets.UTF_8), StoredViews.of(searcher, hit(searcher, "a1")));
                assertEquals(hits + 1, StoredViews.stats().hitCount(), "the second read is remembered");
                assertNull(StoredViews.of(searcher, hit(searcher, "a2")));
                assertNull(StoredViews.of(searcher, hit(searcher, "a2")), "a document without a view stays without one");
            }
            writer.updateDocument(new Term(LuceneDocuments.ID, "a1"), LuceneDocuments.of(doc("a1", "second")));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), StoredViews.of(searcher, hit(searcher, "a1")));
            }
        }
    }
}
