package dev.lede.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.jboss.logging.Logger;

/**
 * The embedded index: generations of {@link LuceneIndex} in numbered directories under one base directory, and a file
 * {@code current} naming the one searches read. A rebuild fills the next generation while the current one answers,
 * then points {@code current} at it with an atomic rename (the same move as flipping an alias in OpenSearch): a crash
 * at any moment leaves either the old generation or the new, complete one. What else lies in the base directory (an
 * unfinished generation, an index of an earlier layout) is deleted when it is opened.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class);
    private static final String CURRENT = "current";
    /** How long a replaced generation stays open for the searches that were reading it. */
    private static final long RETIRE_AFTER_SECONDS = 30;

    private final Path base;
    private final List<String> highlighted;
    private final boolean needsRebuild;
    private volatile LuceneIndex current;
    private final ScheduledExecutorService retiring = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-retire");
        thread.setDaemon(true);
        return thread;
    });

    public LuceneSearchIndex(Path base, List<String> highlighted) {
        this.base = base;
        this.highlighted = List.copyOf(highlighted);
        try {
            Files.createDirectories(base);
            Path named = base.resolve(CURRENT);
            // Read as bytes: a damaged file must read as "no generation", not fail the start.
            String generation = Files.exists(named) ? new String(Files.readAllBytes(named), StandardCharsets.ISO_8859_1).trim() : null;
            if (generation == null || !generation.matches("\\d+") || !Files.isDirectory(base.resolve(generation))) {
                generation = next();
                point(generation);
            }
            String kept = generation;
            try (Stream<Path> entries = Files.list(base)) {
                entries.filter(p -> !p.getFileName().toString().equals(kept) && !p.getFileName().toString().equals(CURRENT))
                        .forEach(LuceneSearchIndex::delete);
            }
            current = new LuceneIndex(base.resolve(generation), highlighted);
            needsRebuild = current.needsRebuild();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + base, e);
        }
    }

    /** Deletes the files of an index kept directly in {@code base} (the layout before generations), if any. */
    public static void removeEarlierLayout(Path base) {
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> entries = Files.list(base)) {
            entries.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches("segments.*|_.*|write\\.lock"))
                    .forEach(LuceneSearchIndex::delete);
        } catch (IOException e) {
            LOG.warnf("could not remove an earlier index in %s (%s)", base, e.toString());
        }
    }

    @Override
    public void apply(Collection<SearchDocument> documents, Collection<String> deleted) {
        current.apply(documents, deleted);
    }

    @Override
    public void appliedUpTo(long seq) {
        current.appliedUpTo(seq);
    }

    @Override
    public SearchHits search(SearchQuery query) {
        return current.search(query);
    }

    @Override
    public SearchHits similar(SimilarQuery query) {
        return current.similar(query);
    }

    @Override
    public java.util.Map<String, java.util.Map<String, Long>> tally(List<SearchQuery.Filter> filters,
            List<SearchQuery.Range> ranges, List<String> fields) {
        return current.tally(filters, ranges, fields);
    }

    @Override
    public long applied() {
        return current.applied();
    }

    @Override
    public boolean needsRebuild() {
        return needsRebuild;
    }

    @Override
    public Replacement replacement() {
        return new Filling(new LuceneIndex(base.resolve(next()), highlighted));
    }

    @Override
    public synchronized void promote(Replacement replacement, long seq) {
        LuceneIndex fresh = ((Filling) replacement).index();
        fresh.complete(seq);
        point(fresh.path().getFileName().toString());
        LuceneIndex old = current;
        current = fresh;
        try {
            retiring.schedule(() -> retire(old), RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) { // closing: no search will read it any more
            retire(old);
        }
    }

    @Override
    public void discard(Replacement replacement) {
        LuceneIndex dropped = ((Filling) replacement).index();
        try {
            dropped.abandon();
        } catch (RuntimeException e) {
            LOG.warnf("closing a dropped search index failed (%s)", e.toString());
        }
        delete(dropped.path());
    }

    private static void retire(LuceneIndex index) {
        try {
            index.close();
        } catch (RuntimeException e) {
            LOG.warnf("closing a replaced search index failed (%s)", e.toString());
        }
        delete(index.path());
    }

    /** The number after the highest generation in the base directory. */
    private String next() {
        try (Stream<Path> entries = Files.list(base)) {
            long highest = entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{1,18}"))
                    .mapToLong(Long::parseLong).max().orElse(0);
            return Long.toString(highest + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names the generation searches read, atomically and durably (written beside, synced, renamed, dir synced). */
    private void point(String generation) {
        try {
            Path written = base.resolve(CURRENT + ".next");
            Files.writeString(written, generation, StandardCharsets.UTF_8);
            IOUtils.fsync(written, false);
            Files.move(written, base.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            IOUtils.fsync(base, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch the search index to generation " + generation, e);
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("could not delete %s (%s)", path, e.toString());
        }
    }

    /** Closes the index in use, and the replaced ones still waiting to be retired. */
    @Override
    public void close() {
        retiring.shutdownNow().forEach(Runnable::run);
        current.close();
    }

    /** A generation being filled. */
    private record Filling(LuceneIndex index) implements Replacement {
        @Override
        public void apply(Collection<SearchDocument> documents, Collection<String> deleted) {
            index.apply(documents, deleted);
        }

        @Override
        public void add(Collection<SearchDocument> documents) {
            index.add(documents);
        }
    }
}
