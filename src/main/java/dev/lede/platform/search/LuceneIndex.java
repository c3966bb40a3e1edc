package dev.lede.platform.search;

import dev.lede.platform.failure.Failure;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.jboss.logging.Logger;

/**
 * One Lucene directory on disk, one generation of a {@link LuceneSearchIndex}. A search after a write's response sees
 * it: the searcher is refreshed by the first search after writes ({@link FreshSearchers}), or within a second. Commits (an fsync each) are made at most
 * once a second, off the write path ({@link IndexCommits}), with the change-log position they include in the commit's
 * user data: a bulk write of 500 articles costs one or two, not 500, and a crash loses at most the last second of the
 * index, which a restart catches up on from the change log. An index that cannot be read, was written by another {@link #SCHEMA} of documents or was
 * never completed (a rebuild cut short) is emptied and reported as needing a rebuild.
 */
public class LuceneIndex implements AutoCloseable {
    /** Bump when what documents hold or how they are analysed changes: indexes of older schemas are rebuilt. */
    public static final String SCHEMA = "3"; // 3: quote documents carry their article's source, section and tag (entitlements)
    private static final Logger LOG = Logger.getLogger(LuceneIndex.class);

    private final Analyzer analyzer = Analyzers.perField();
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final FreshSearchers searchers;
    private final boolean needsRebuild;
    private final List<String> highlighted;
    private final ResultFacets facets = new ResultFacets();
    private final Tallies tallies = new Tallies(facets.ordinals());
    private final IndexCommits commits;

    /** Opens (or creates) the index at {@code path}; {@code highlighted} are the text fields snippets come from. */
    public LuceneIndex(Path path, List<String> highlighted) {
        this.path = path;
        this.highlighted = List.copyOf(highlighted);
        try {
            Files.createDirectories(path);
            directory = IndexDirectory.open(path);
            Map<String, String> stored = storedData(directory);
            needsRebuild = stored == null || !SCHEMA.equals(stored.get(IndexCommits.SCHEMA_KEY))
                    || !stored.getOrDefault(IndexCommits.SEQ, "-").matches("\\d{1,18}"); // -1: a rebuild that did not finish
            if (stored == null) {
                for (String file : directory.listAll()) { // unreadable: even a writer that creates anew would read it
                    directory.deleteFile(file);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(needsRebuild
                    ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // no merge inside a refresh: a search that refreshes would wait up to 500 ms for small segments
                    // to merge while its response is held; the background merges do that work off the request
                    .setMaxFullFlushMergeWaitMillis(0)
                    // no compound files: a segment's stored fields packed into its .cfs would be mapped with the rest
                    // (IndexDirectory reads them through the page cache instead)
                    .setUseCompoundFile(false).setMergePolicy(IndexDirectory.mergePolicy());
            writer = new IndexWriter(directory, config);
            commits = new IndexCommits(writer, SCHEMA, needsRebuild ? 0 : Long.parseLong(stored.get(IndexCommits.SEQ)), !needsRebuild);
            if (needsRebuild) {
                LOG.infof("search index at %s is %s: it will be rebuilt", path, stored == null ? "missing or unreadable" : "outdated or unfinished");
                commits.commitNow();
            }
            searchers = new FreshSearchers(writer);
            commits.start(this::refreshQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /**
     * The last commit's user data, or null when there is no index or it is damaged. Another failure to read (too many
     * open files, no permission) fails the start rather than discarding an index that may be whole.
     */
    private static Map<String, String> storedData(Directory directory) throws IOException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                 | NoSuchFileException | java.io.FileNotFoundException | RuntimeException e) {
            LOG.warnf("search index damaged (%s)", e.toString());
            return null;
        }
    }

    Path path() {
        return path;
    }

    /** Replaces these documents and deletes these ids: the next search shows them. */
    public synchronized void apply(Collection<SearchDocument> documents, Collection<String> deleted) {
        try {
            for (SearchDocument document : documents) {
                writer.updateDocument(LuceneQueries.idTerm(document.id()), LuceneDocuments.of(document));
            }
            for (String id : deleted) {
                writer.deleteDocuments(LuceneQueries.idTerm(id));
            }
            commits.written();
            searchers.written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds documents this index does not hold (a rebuild's fill of a new generation, which nothing searches yet):
     * no delete by id, which each later flush would look up in every segment, no refresh and no commit, which would
     * cut the generation into many small segments to merge. {@link #complete} commits and refreshes.
     */
    public synchronized void add(Collection<SearchDocument> documents) {
        try {
            for (SearchDocument document : documents) {
                writer.addDocument(LuceneDocuments.of(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every change up to {@code seq} is in: stored with the next commit (while the index is complete). */
    public void appliedUpTo(long seq) {
        commits.appliedUpTo(seq);
    }

    /** The index now holds every document as of {@code seq}: stored at once, so a restart keeps it. */
    public void complete(long seq) {
        try {
            commits.complete(seq);
            searchers.refresh(); // what add() wrote
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of hits; throws a {@code Failure} naming {@code q} for a query it cannot parse. */
    public SearchHits search(SearchQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query text = LuceneQueries.text(query, analyzer, searcher.getIndexReader());
                Query filtered = LuceneQueries.filtered(text, query, searcher.getIndexReader());
                return HitPages.page(searcher, query, text, filtered, analyzer, highlighted, facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw Failure.invalid(LuceneQueries.PARAMETER, "the query expands to too many terms; use a longer prefix");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The once-a-second tick: what was written becomes visible even while nobody searches (bounded flush sizes). */
    private void refreshQuietly() {
        try {
            searchers.refreshIfStale();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("search index refresh failed, retried in a second (%s)", e.toString());
        }
    }

    public long applied() {
        return commits.applied();
    }

    public boolean needsRebuild() {
        return needsRebuild;
    }

    @Override
    public void close() {
        commits.close(true, () -> closeAll(false));
    }

    /**
     * Closes without committing what was written since the last commit (a rebuild's unfinished fill, about to be
     * deleted): closing would first flush and sync all of it.
     */
    public void abandon() {
        commits.close(false, () -> closeAll(true));
    }

    private synchronized void closeAll(boolean rollback) {
        try {
            searchers.close();
            if (rollback) {
                writer.rollback();
            } else {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every value of these keyword fields counted over the documents passing the filters. */
    public Map<String, Map<String, Long>> tally(List<SearchQuery.Filter> filters, List<SearchQuery.Range> ranges, List<String> fields) {
        SearchQuery only = new SearchQuery(null, Map.of(), filters, ranges, null, null, 0, false, false, fields, 0);
        return tallies.tally(searchers, LuceneQueries.filtered(new MatchAllDocsQuery(), only, null), fields);
    }

    /** The documents most like the one with {@code query.id()} (never itself), best first. */
    public SearchHits similar(SimilarQuery query) {
        return SimilarDocuments.find(searchers, analyzer, query);
    }
}
