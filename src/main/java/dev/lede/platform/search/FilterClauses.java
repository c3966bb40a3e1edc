package dev.lede.platform.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A keyword filter as a query clause. A filter most documents pass (status=published: every article but the drafts)
 * made every search walk its postings beside the text's, three to four times the cost of the text alone at 100,000
 * articles. When every document holds exactly one value of the field, keeping the wanted values is the same as
 * excluding the others, and excluding the few is nearly free: that clause is used when the others are the fewer.
 */
final class FilterClauses {
    /** Fields with more values than this (people, entities) are filtered as asked, without reading their values. */
    private static final int MAX_VALUES = 64;

    private FilterClauses() {
    }

    /** Adds the clause that keeps what {@code filter} asks for, the cheaper way for {@code reader} (null: as asked). */
    static void add(BooleanQuery.Builder all, SearchQuery.Filter filter, IndexReader reader) {
        List<BytesRef> values = filter.anyOf().stream().map(BytesRef::new).toList();
        List<BytesRef> others = reader == null ? null : others(reader, filter.field(), new HashSet<>(values));
        if (others == null) {
            all.add(new TermInSetQuery(filter.field(), values), BooleanClause.Occur.FILTER);
        } else if (!others.isEmpty()) { // none: every document passes, no clause at all
            all.add(new TermInSetQuery(filter.field(), others), BooleanClause.Occur.MUST_NOT);
        }
    }

    /**
     * The field's values other than {@code wanted}, when excluding them is the equivalent and cheaper clause: every
     * document (deleted ones included, as the statistics count them) holds the field, none holds it twice, and the
     * others are held by fewer documents than the wanted. Null otherwise.
     */
    static List<BytesRef> others(IndexReader reader, String field, Set<BytesRef> wanted) {
        try {
            int maxDoc = reader.maxDoc();
            if (maxDoc == 0 || reader.getDocCount(field) != maxDoc || reader.getSumDocFreq(field) != maxDoc) {
                return null;
            }
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return null;
            }
            TermsEnum each = terms.iterator();
            List<BytesRef> others = new ArrayList<>();
            long wantedDocs = 0;
            long otherDocs = 0;
            int seen = 0;
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                if (++seen > MAX_VALUES) {
                    return null;
                }
                if (wanted.contains(term)) {
                    wantedDocs += each.docFreq();
                } else {
                    others.add(BytesRef.deepCopyOf(term));
                    otherDocs += each.docFreq();
                }
            }
            return otherDocs < wantedDocs ? others : null;
        } catch (IOException e) {
            return null; // the clause as asked is always right
        }
    }
}
