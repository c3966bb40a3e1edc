package dev.lede.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MergeInfo;
import org.junit.jupiter.api.Test;

/**
 * Which files a search maps and which it reads through the page cache, and that a merge maps nothing: mapped pages a
 * merge reads stay resident in the process (counted in its RSS), page-cache reads do not.
 */
class IndexDirectoryTest {
    @Test
    void searchesMapPostingsButReadStoredFieldsAndMergesThroughThePageCache() throws Exception {
        Path path = Files.createTempDirectory("index-directory");
        try (Directory directory = IndexDirectory.open(path)) {
            for (String name : new String[] {"_0.doc", "_0.fdt"}) {
                try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
                    out.writeLong(42);
                }
            }
            IOContext merge = new IOContext(new MergeInfo(1, 8, false, 1));

            assertThat(kind(directory, "_0.doc", IOContext.READ)).as("postings, searched").doesNotContain("NIOFS")
                    .containsAnyOf("ByteBufferIndexInput", "MemorySegmentIndexInput"); // mapped, by Java version
            assertThat(kind(directory, "_0.fdt", IOContext.READ)).as("stored fields, searched").contains("NIOFS");
            assertThat(kind(directory, "_0.doc", merge)).as("postings, merged").contains("NIOFS");
            assertThat(kind(directory, "_0.fdt", merge)).as("stored fields, merged").contains("NIOFS");
        }
    }

    /** The input's description names how it reads ("NIOFSIndexInput(path=...)", mapped "ByteBufferIndexInput(...)"). */
    private static String kind(Directory directory, String name, IOContext context) throws Exception {
        try (IndexInput in = directory.openInput(name, context)) {
            assertThat(in.readLong()).isEqualTo(42);
            return in.toString();
        }
    }
}
