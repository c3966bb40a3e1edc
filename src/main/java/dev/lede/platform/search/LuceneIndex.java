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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * One Lucene directory on disk, one generation of a {@link LuceneSearchIndex}. Every {@link #apply} refreshes the
 * searcher before returning, so a search after a write's response sees it. Commits (an fsync each) are made at most
 * once a second, with the change-log position they include in the commit's user data: a bulk write of 500 articles
 * costs one or two, not 500, and a crash loses at most the last second of the index, which a restart catches up on
 * from the change log. An index that cannot be read, was written by another {@link #SCHEMA} of documents or was
 * never completed (a rebuild cut short) is emptied and reported as needing a rebuild.
 */
public class LuceneIndex implements AutoCloseable {
    /** Bump when what documents hold or how they are analysed changes: indexes of older schemas are rebuilt. */
    public static final String SCHEMA = "3"; // 3: quote documents carry their article's source, section and tag (entitlements)
    private static final Logger LOG = Logger.getLogger(LuceneIndex.class);
    private static final String SEQ = "seq";
    private static final String SCHEMA_KEY = "schema";
    /** The position stored while the index is not complete: a restart then rebuilds it. */
    private static final long UNFINISHED = -1;

    private final Analyzer analyzer = Analyzers.perField();
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean needsRebuild;
    private final List<String> highlighted;
    private final ResultFacets facets = new ResultFacets();
    private final Tallies tallies = new Tallies(facets.ordinals());
    private volatile long applied;
    private volatile boolean complete;
    private boolean dirty;
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-commit");
        thread.setDaemon(true);
        return thread;
    });

    /** Opens (or creates) the index at {@code path}; {@code highlighted} are the text fields snippets come from. */
    public LuceneIndex(Path path, List<String> highlighted) {
        this.path = path;
        this.highlighted = List.copyOf(highlighted);
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            Map<String, String> stored = storedData(directory);
            needsRebuild = stored == null || !SCHEMA.equals(stored.get(SCHEMA_KEY))
                    || !stored.getOrDefault(SEQ, "-").matches("\\d{1,18}"); // -1: a rebuild that did not finish
            if (stored == null) {
                for (String file : directory.listAll()) { // unreadable: even a writer that creates anew would read it
                    directory.deleteFile(file);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(needsRebuild
                    ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            complete = !needsRebuild;
            applied = needsRebuild ? 0 : Long.parseLong(stored.get(SEQ));
            if (needsRebuild) {
                LOG.infof("search index at %s is %s: it will be rebuilt", path, stored == null ? "missing or unreadable" : "outdated or unfinished");
                commit();
            }
            searchers = new SearcherManager(writer, null);
            committer.scheduleWithFixedDelay(this::commitIfDirty, 1, 1, TimeUnit.SECONDS);
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

    /** Replaces these documents and deletes these ids, then refreshes the searcher. */
    public synchronized void apply(Collection<SearchDocument> documents, Collection<String> deleted) {
        try {
            for (SearchDocument document : documents) {
                writer.updateDocument(LuceneQueries.idTerm(document.id()), LuceneDocuments.of(document));
            }
            for (String id : deleted) {
                writer.deleteDocuments(LuceneQueries.idTerm(id));
            }
            dirty = true;
            searchers.maybeRefreshBlocking();
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
    public synchronized void appliedUpTo(long seq) {
        if (seq > applied) {
            applied = seq;
            dirty = true;
        }
    }

    /** The index now holds every document as of {@code seq}: stored at once, so a restart keeps it. */
    public synchronized void complete(long seq) {
        complete = true;
        applied = seq;
        try {
            commit();
            searchers.maybeRefreshBlocking(); // what add() wrote
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(complete ? applied : UNFINISHED), SCHEMA_KEY, SCHEMA).entrySet());
        writer.commit();
        dirty = false;
    }

    private synchronized void commitIfDirty() {
        try {
            if (dirty && writer.isOpen()) {
                commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("search index commit failed, retried in a second (%s)", e.toString());
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

    public long applied() {
        return applied;
    }

    public boolean needsRebuild() {
        return needsRebuild;
    }

    @Override
    public synchronized void close() {
        committer.shutdown(); // not an interrupt: one during a commit closes the index's files
        commitIfDirty();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes without committing what was written since the last commit (a rebuild's unfinished fill, about to be
     * deleted): closing would first flush and sync all of it.
     */
    public synchronized void abandon() {
        committer.shutdown();
        try {
            searchers.close();
            writer.rollback();
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
