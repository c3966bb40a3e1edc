package dev.lede.platform.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/** A {@link SearchDocument} as Lucene fields. */
final class LuceneDocuments {
    static final String ID = "id";
    /** The stored view ({@link SearchDocument#view()}). */
    static final String VIEW = "_view";

    private LuceneDocuments() {
    }

    static Document of(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(ID, source.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(source.id()))); // the tie-break of every order
        if (source.view() != null) {
            // Stored, not a doc value: doc values are mapped (resident), stored fields are read through the page cache
            // (IndexDirectory), and read only for the page's hits.
            doc.add(new StoredField(VIEW, source.view()));
        }
        String suffix = Analyzers.suffix(source.language());
        // Stored: the highlighter cuts its snippets from the stored text.
        source.texts().forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                doc.add(new TextField(field + "_" + suffix, text, Field.Store.YES));
            }
        });
        source.names().forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                doc.add(new TextField(field + "_" + Analyzers.STANDARD, text, Field.Store.NO));
            }
        });
        for (Map.Entry<String, Collection<String>> keyword : source.keywords().entrySet()) {
            for (String value : keyword.getValue()) {
                if (value != null) {
                    doc.add(new StringField(keyword.getKey(), value, Field.Store.NO));
                    doc.add(new SortedSetDocValuesField(keyword.getKey(), new BytesRef(value))); // facets
                }
            }
        }
        source.numbers().forEach((field, value) -> {
            if (value != null) {
                doc.add(new LongPoint(field, value));
                doc.add(new NumericDocValuesField(field, value));
            }
        });
        source.sortKeys().forEach((field, value) -> {
            if (value != null) {
                doc.add(new SortedDocValuesField(field, new BytesRef(value)));
            }
        });
        return doc;
    }

    /**
     * The id of a hit, from its doc values: reading it from the stored fields decompressed the block of stored text
     * the document sits in, a sixth of a search's time.
     */
    static String id(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no id");
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }
}
