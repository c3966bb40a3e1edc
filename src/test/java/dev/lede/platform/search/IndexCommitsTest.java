package dev.lede.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * What a commit of the search index stores: the change-log position a restart resumes from (never past what the
 * committed documents hold), the schema version, and "unfinished" while the index is being built, so that a restart
 * then rebuilds it instead of trusting a partial index.
 */
class IndexCommitsTest {

    @Test
    void shouldStoreTheAppliedPositionWithTheDocumentsOfACommit() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = writer(directory)) {
            IndexCommits commits = new IndexCommits(writer, "s7", 0, true);
            writer.addDocument(document("a"));
            commits.written();
            commits.appliedUpTo(41);
            commits.appliedUpTo(12); // an older position never moves it back
            commits.commitNow();
            assertThat(committed(directory)).containsEntry(IndexCommits.SEQ, "41").containsEntry(IndexCommits.SCHEMA_KEY, "s7");
            assertThat(documents(directory)).isEqualTo(1);
        }
    }

    @Test
    void shouldMarkAnIndexBeingBuiltUnfinishedUntilItIsComplete() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = writer(directory)) {
            IndexCommits commits = new IndexCommits(writer, "s7", 0, false);
            writer.addDocument(document("a"));
            commits.appliedUpTo(99);
            commits.commitNow();
            assertThat(committed(directory)).as("a restart now rebuilds").containsEntry(IndexCommits.SEQ, "-1");
            commits.complete(120);
            assertThat(committed(directory)).containsEntry(IndexCommits.SEQ, "120");
            assertThat(commits.applied()).isEqualTo(120);
        }
    }

    @Test
    void shouldCommitWhatIsPendingWhenClosedAndThenRunTheLastStep() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = writer(directory)) {
            IndexCommits commits = new IndexCommits(writer, "s7", 5, true);
            commits.commitNow();
            writer.addDocument(document("b"));
            commits.written();
            commits.appliedUpTo(6);
            boolean[] ran = {false};
            commits.close(true, () -> ran[0] = true);
            assertThat(ran[0]).isTrue();
            assertThat(committed(directory)).containsEntry(IndexCommits.SEQ, "6");
            assertThat(documents(directory)).isEqualTo(1);
        }
    }

    @Test
    void shouldLeaveTheLastCommitAsItWasWhenClosedWithoutCommitting() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = writer(directory)) {
            IndexCommits commits = new IndexCommits(writer, "s7", 5, true);
            commits.commitNow();
            commits.appliedUpTo(9);
            commits.close(false, () -> { });
            assertThat(committed(directory)).containsEntry(IndexCommits.SEQ, "5");
        }
    }

    private static IndexWriter writer(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
    }

    private static Document document(String id) {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.NO));
        return document;
    }

    private static Map<String, String> committed(Directory directory) throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    private static int documents(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }
}
