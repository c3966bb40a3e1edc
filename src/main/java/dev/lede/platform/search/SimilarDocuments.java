package dev.lede.platform.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * {@link SimilarQuery} on Lucene. The likeness is one query of optional clauses, so a hit scores the sum of what it
 * shares: Lucene's {@link MoreLikeThis} over each stored text field of the document (its most telling words by tf-idf,
 * in the field's own language variant, the field's boost on top), and a term per shared keyword value. A keyword term
 * scores its idf: sharing a person named in three articles weighs more than sharing a country named in thousands.
 */
final class SimilarDocuments {
    /** Words per text field: MoreLikeThis's default, enough to tell a story from another. */
    private static final int WORDS = 25;
    /** Keyword values per field: keeps the query far under Lucene's 1,024 clauses whatever an article names. */
    private static final int MAX_SHARED = 256;

    private SimilarDocuments() {
    }

    static SearchHits find(FreshSearchers searchers, Analyzer analyzer, SimilarQuery query) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return find(searcher, analyzer, query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searchers, searcher);
        }
    }

    private static void release(FreshSearchers searchers, IndexSearcher searcher) {
        try {
            if (searcher != null) {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchHits find(IndexSearcher searcher, Analyzer analyzer, SimilarQuery query) throws IOException {
        Term self = LuceneQueries.idTerm(query.id());
        ScoreDoc[] found = searcher.search(new TermQuery(self), 1).scoreDocs;
        BooleanQuery likeness = found.length == 0 ? null : likeness(searcher, analyzer, query, found[0].doc);
        if (likeness == null || likeness.clauses().isEmpty()) { // not indexed yet, or nothing to be alike in
            return new SearchHits(List.of(), -1, Map.of());
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(likeness, BooleanClause.Occur.MUST)
                .add(new TermQuery(self), BooleanClause.Occur.MUST_NOT);
        for (SearchQuery.Filter filter : query.filters()) {
            FilterClauses.add(all, filter, searcher.getIndexReader());
        }
        TopFieldDocs top = searcher.search(all.build(), query.limit(), LuceneQueries.sort(null), true);
        List<SearchHits.Hit> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            String id = LuceneDocuments.id(searcher, hit.doc);
            hits.add(new SearchHits.Hit(id, Float.toString(hit.score), List.of(), null));
        }
        return new SearchHits(hits, -1, Map.of());
    }

    /** What a hit may share with the document at {@code doc}, each clause optional. */
    private static BooleanQuery likeness(IndexSearcher searcher, Analyzer analyzer, SimilarQuery query, int doc) throws IOException {
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        MoreLikeThis words = new MoreLikeThis(searcher.getIndexReader());
        words.setAnalyzer(analyzer);
        words.setMinTermFreq(1); // a news story says its key word once in the headline, maybe twice in the body
        words.setMinDocFreq(2); // the document itself counts: a word no other document has matches nothing
        words.setMaxQueryTerms(WORDS);
        words.setBoost(true); // the most telling word weighs 1, the others in proportion
        Document stored = searcher.storedFields().document(doc);
        for (Map.Entry<String, Float> field : query.fields().entrySet()) {
            for (String variant : Analyzers.variants(field.getKey())) {
                String text = stored.get(variant); // only the variant of the document's language is there
                if (text != null) {
                    Query alike = words.like(variant, new StringReader(text));
                    like.add(new BoostQuery(alike, field.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        for (Map.Entry<String, Float> field : query.shared().entrySet()) {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field.getKey());
            if (values.advanceExact(doc - leaf.docBase)) {
                for (int i = 0; i < Math.min(values.docValueCount(), MAX_SHARED); i++) {
                    Term shared = new Term(field.getKey(), BytesRef.deepCopyOf(values.lookupOrd(values.nextOrd())));
                    like.add(new BoostQuery(new TermQuery(shared), field.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return like.build();
    }
}
