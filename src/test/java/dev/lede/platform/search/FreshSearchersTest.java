package dev.lede.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The promise the search API's consistency rests on: a search begun after a write returned shows it, although writes
 * no longer refresh. Several threads write and search at once, so one thread's search often finds another's refresh
 * under way (started before its write): it must not take that refresh as its own.
 */
class FreshSearchersTest {
    private static final int THREADS = 6;
    private static final int WRITES = 600;

    @Test
    void shouldShowEveryWriteMadeBeforeTheSearchWhileOthersWriteAndRefresh() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             FreshSearchers searchers = new FreshSearchers(writer)) {
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> misses = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String thread = "t" + t;
                misses.add(threads.submit(() -> {
                    int missed = 0;
                    for (int i = 0; i < WRITES; i++) {
                        Document document = new Document();
                        document.add(new StringField("id", thread + "-" + i, Field.Store.NO));
                        writer.addDocument(document);
                        searchers.written();
                        IndexSearcher searcher = searchers.acquire();
                        try {
                            missed += searcher.count(new TermQuery(new Term("id", thread + "-" + i))) == 1 ? 0 : 1;
                        } finally {
                            searchers.release(searcher);
                        }
                    }
                    return missed;
                }));
            }
            int missed = 0;
            try {
                for (Future<Integer> f : misses) {
                    missed += f.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertEquals(0, missed, "searches that did not show a write made before them");
        }
    }

    @Test
    void shouldNotRefreshWhenNothingWasWritten() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             FreshSearchers searchers = new FreshSearchers(writer)) {
            IndexSearcher first = searchers.acquire();
            searchers.release(first);
            writer.addDocument(new Document()); // not announced: a rebuild's fill, shown only by refresh()
            IndexSearcher second = searchers.acquire();
            searchers.release(second);
            assertEquals(first, second);
            searchers.refresh();
            IndexSearcher third = searchers.acquire();
            try {
                assertEquals(1, third.getIndexReader().numDocs());
            } finally {
                searchers.release(third);
            }
        }
    }
}
