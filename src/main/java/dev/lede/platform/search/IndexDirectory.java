package dev.lede.platform.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * How an index directory's files are read: mapped into memory, except stored fields and term vectors, which are read
 * through the operating system's page cache ({@link NIOFSDirectory}), the split Elasticsearch's default store
 * ("hybridfs") makes. A search reads postings, doc values, norms and points at random, many times per request: mapped,
 * they cost no system call. Stored fields are most of an index (57% of its bytes at 20,000 articles, the bodies kept
 * for highlighting) and are read a few documents at a time: a page's stored list views and snippets; and by merges,
 * which read every stored byte of the segments they merge. Mapped, each page a merge touched stayed resident in the
 * process (counted in its RSS: 312 MiB of mapped index at 100,000 articles) until the kernel needed the memory back;
 * read through the page cache, the same pages are kept by the kernel as long as memory allows, outside the process.
 * New segments are never compound files
 * ({@link #mergePolicy}, and the writer's flushes): a compound file packs a segment's stored fields with its postings
 * into one file, which would be mapped whole (288 MiB resident after a rebuild at 100,000 articles, whose flushed
 * segments were compound). Compound segments of an index written before stay mapped until merges replace them.
 * <p>
 * Never interrupt a thread that may read stored fields (a search with snippets, a similar-articles search, a merge):
 * an interrupt during a read closes {@link NIOFSDirectory}'s channel for good, and every later read of that segment's
 * stored fields fails until it is merged away. Lede's search, feeding and rebuild threads are never interrupted while
 * they work (the executors that run them are shut down without interrupting, see {@code IndexFeeder} and
 * {@code IndexRebuilds}); a mapped file has no such hazard, which is why only the rarely read files take it.
 */
final class IndexDirectory {
    /** Stored fields (data, index, meta) and term vectors: read through the page cache. */
    static final Set<String> READ_NOT_MAPPED = Set.of("fdt", "fdx", "fdm", "tvd", "tvx", "tvm");

    private IndexDirectory() {
    }

    /** Lucene's default merge policy, without compound files (it packs segments under a tenth of the index). */
    static MergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    /**
     * The directory at {@code path}; both delegates read and write the same folder, each its own files. A merge that
     * opens the files of the segments it merges reads each once, front to back: through the page cache too, whatever
     * the file, or a rebuild (all merges) left the mapped files of every segment it merged resident in the process. (A
     * merge of a segment that searches already opened reuses the writer's pooled reader, which maps them.)
     */
    static Directory open(Path path) throws IOException {
        NIOFSDirectory pageCache = new NIOFSDirectory(path);
        Directory split = new FileSwitchDirectory(READ_NOT_MAPPED, pageCache, new MMapDirectory(path), true);
        return new FilterDirectory(split) {
            @Override
            public IndexInput openInput(String name, IOContext context) throws IOException {
                return context.context == IOContext.Context.MERGE ? pageCache.openInput(name, context) : super.openInput(name, context);
            }
        };
    }
}
