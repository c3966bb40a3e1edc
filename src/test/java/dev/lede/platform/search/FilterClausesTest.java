package dev.lede.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A filter is turned into the exclusion of the other values only when that keeps the same documents (every document
 * holds exactly one value, deleted ones included) and costs less (the others are held by fewer documents).
 */
class FilterClausesTest {

    @Test
    void shouldExcludeTheFewOthersOnlyOfAFieldEveryDocumentHoldsOnce() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < 20; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "d" + i, Field.Store.NO));
                doc.add(new StringField("status", i < 17 ? "published" : i < 19 ? "draft" : "withdrawn", Field.Store.NO));
                doc.add(new StringField("tag", "t" + (i % 3), Field.Store.NO));
                if (i % 2 == 0) {
                    doc.add(new StringField("tag", "even", Field.Store.NO)); // two tags: multi-valued
                    doc.add(new StringField("section", "world", Field.Store.NO)); // only half hold a section
                }
                writer.addDocument(doc);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(values(FilterClauses.others(reader, "status", Set.of(new BytesRef("published")))))
                        .containsExactly("draft", "withdrawn");
                assertThat(FilterClauses.others(reader, "status", Set.of(new BytesRef("draft"))))
                        .as("the wanted are the fewer: filtered as asked").isNull();
                assertThat(FilterClauses.others(reader, "status",
                        Set.of(new BytesRef("published"), new BytesRef("draft"), new BytesRef("withdrawn")))).isEmpty();
                assertThat(FilterClauses.others(reader, "tag", Set.of(new BytesRef("t0"), new BytesRef("t1"))))
                        .as("some documents hold two values").isNull();
                assertThat(FilterClauses.others(reader, "section", Set.of(new BytesRef("world"))))
                        .as("some documents hold none").isNull();
                assertThat(FilterClauses.others(reader, "missing", Set.of(new BytesRef("x")))).isNull();
            }
            writer.deleteDocuments(new Term("id", "d0"));
            Document second = new Document(); // a deleted document still holds its value: still one each
            second.add(new StringField("id", "d20", Field.Store.NO));
            second.add(new StringField("status", "published", Field.Store.NO));
            writer.addDocument(second);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(values(FilterClauses.others(reader, "status", Set.of(new BytesRef("published")))))
                        .containsExactly("draft", "withdrawn");
            }
        }
    }

    private static List<String> values(List<BytesRef> terms) {
        return terms.stream().map(BytesRef::utf8ToString).toList();
    }
}
