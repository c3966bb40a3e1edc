package dev.lede.article.search;

import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.article.ArticleSearchIndexer;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.search.IndexFeeder;
import dev.lede.platform.search.LuceneSearchIndex;
import dev.lede.platform.search.SearchHits;
import dev.lede.platform.search.SearchIndex;
import dev.lede.platform.search.SearchQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Restart: an index behind the change log catches up when opened, a missing one is rebuilt from the database, and
 * a rebuild cut short is not taken for a complete index. Each test opens an index of its own in a fresh directory
 * beside the running service's, fed from the service's articles.
 */
@QuarkusTest
class ArticleSearchIndexTest {
    @Inject
    ArticleSearchIndexer articles;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    jakarta.transaction.TransactionManager transactionManager;

    @Test
    void shouldRebuildAMissingIndexAndKeepItOnceComplete() throws IOException {
        String word = "w" + unique();
        String id = published("Indexed before the loss " + word, Map.of()).path("id");
        Path path = Files.createTempDirectory(Path.of("target"), "search-missing");
        try (LuceneSearchIndex index = new LuceneSearchIndex(path, List.of("body"))) {
            assertThat(index.needsRebuild()).isTrue();
            IndexFeeder feeder = feeder(index);
            assertThat(feeder.status().complete()).isFalse();
            feeder.rebuild();
            assertThat(ids(index, word)).containsExactly(id);
            assertThat(feeder.status().complete()).isTrue();
            assertThat(feeder.status().progress()).isNull();
        }
        try (LuceneSearchIndex reopened = new LuceneSearchIndex(path, List.of("body"))) {
            assertThat(reopened.needsRebuild()).as("a finished rebuild is kept").isFalse();
            assertThat(ids(reopened, word)).containsExactly(id);
        }
    }

    @Test
    void shouldCatchUpFromTheChangeLogWhenOpenedBehindIt() throws IOException {
        Path path = Files.createTempDirectory(Path.of("target"), "search-behind");
        try (LuceneSearchIndex index = new LuceneSearchIndex(path, List.of("body"))) {
            feeder(index).rebuild();
        }
        String word = "w" + unique();
        String id = published("Written while stopped " + word, Map.of()).path("id");
        try (LuceneSearchIndex index = new LuceneSearchIndex(path, List.of("body"))) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(ids(index, word)).isEmpty();
            IndexFeeder feeder = feeder(index);
            feeder.start(0, Duration.ofHours(1));
            feeder.close();
            assertThat(ids(index, word)).containsExactly(id);
        }
    }

    /** The test's index plays another node's: it hears of the service's writes only through the change log. */
    @Test
    void shouldApplyWritesMadeOnAnotherNodeWithinAboutASecond() throws Exception {
        Path path = Files.createTempDirectory(Path.of("target"), "search-other-node");
        try (LuceneSearchIndex index = new LuceneSearchIndex(path, List.of("body"))) {
            IndexFeeder feeder = feeder(index);
            feeder.start(Long.MAX_VALUE, Duration.ofMillis(200));
            try {
                String word = "w" + unique();
                String id = published("Written on the other node " + word, Map.of()).path("id");
                long written = System.nanoTime();
                while (ids(index, word).isEmpty() && System.nanoTime() - written < 5_000_000_000L) {
                    Thread.sleep(20);
                }
                assertThat(ids(index, word)).containsExactly(id);
                assertThat((System.nanoTime() - written) / 1_000_000).as("milliseconds behind").isLessThan(1500);
                assertThat(feeder.status().position()).as("its position passed the write").isPositive();
            } finally {
                feeder.close();
            }
        }
    }

    @Test
    void shouldKeepTheIndexInUseWhenARebuildIsCutShort() throws IOException {
        String word = "w" + unique();
        String id = published("Indexed before the crash " + word, Map.of()).path("id");
        Path path = Files.createTempDirectory(Path.of("target"), "search-cut");
        String inUse;
        try (LuceneSearchIndex index = new LuceneSearchIndex(path, List.of("body"))) {
            feeder(index).rebuild();
            inUse = Files.readString(path.resolve("current"));
            index.replacement();
            // the process dies here: the replacement (a generation on disk) was never filled nor promoted
        }
        try (LuceneSearchIndex reopened = new LuceneSearchIndex(path, List.of("body"))) {
            assertThat(reopened.needsRebuild()).as("the complete index in use is kept").isFalse();
            assertThat(ids(reopened, word)).containsExactly(id);
            try (var entries = Files.list(path)) {
                assertThat(entries.map(p -> p.getFileName().toString())).as("the unfinished and the replaced ones are gone")
                        .containsExactlyInAnyOrder("current", inUse);
            }
        }
    }

    /**
     * A change this node's commit could not apply (the index failing) leaves the feeder not current, so search pages
     * stop serving the views the index stores, until the follower has applied it.
     */
    @Test
    void shouldNotBeCurrentWhileACommittedChangeIsNotAppliedYet() throws IOException {
        Path path = Files.createTempDirectory(Path.of("target"), "search-missed");
        try (LuceneSearchIndex lucene = new LuceneSearchIndex(path, List.of("body"))) {
            Failing index = new Failing(lucene);
            IndexFeeder feeder = feeder(index);
            feeder.start(Long.MAX_VALUE, Duration.ofHours(1)); // built at once; then follows only when told
            try {
                assertThat(feeder.current()).isTrue();
                String word = "w" + unique();
                String id = published("Missed at commit " + word, Map.of()).path("id");
                List<ChangeEvent> events = QuarkusTransaction.requiringNew().call(() -> ChangeEvent.forResource(id));
                ChangeEvent last = events.get(events.size() - 1);

                index.failing = true;
                QuarkusTransaction.requiringNew().run(() -> feeder.committed(new ChangeLog.Committed(last,
                        ResourceType.article, last.op, id, List.of(), List.of())));
                assertThat(feeder.current()).as("after a commit the index could not apply").isFalse();
                assertThat(ids(index, word)).isEmpty();

                index.failing = false;
                feeder.follow();
                assertThat(feeder.current()).as("once the follower applied it").isTrue();
                assertThat(ids(index, word)).containsExactly(id);
            } finally {
                feeder.close();
            }
        }
    }

    /** An index whose writes fail while {@code failing} (a full disk, a broken writer); everything else is the real one's. */
    private static final class Failing implements SearchIndex {
        private final SearchIndex real;
        volatile boolean failing;

        Failing(SearchIndex real) {
            this.real = real;
        }

        @Override
        public void apply(java.util.Collection<dev.lede.platform.search.SearchDocument> documents, java.util.Collection<String> deleted) {
            if (failing) {
                throw new IllegalStateException("the index cannot write");
            }
            real.apply(documents, deleted);
        }

        @Override
        public void appliedUpTo(long seq) {
            real.appliedUpTo(seq);
        }

        @Override
        public SearchHits search(SearchQuery query) {
            return real.search(query);
        }

        @Override
        public SearchHits similar(dev.lede.platform.search.SimilarQuery query) {
            return real.similar(query);
        }

        @Override
        public Map<String, Map<String, Long>> tally(List<SearchQuery.Filter> filters, List<SearchQuery.Range> ranges, List<String> fields) {
            return real.tally(filters, ranges, fields);
        }

        @Override
        public long applied() {
            return real.applied();
        }

        @Override
        public boolean needsRebuild() {
            return real.needsRebuild();
        }

        @Override
        public Replacement replacement() {
            return real.replacement();
        }

        @Override
        public void promote(Replacement replacement, long seq) {
            real.promote(replacement, seq);
        }

        @Override
        public void discard(Replacement replacement) {
            real.discard(replacement);
        }
    }

    private IndexFeeder feeder(SearchIndex index) {
        return new IndexFeeder(index, articles, transactions, transactionManager, events -> { });
    }

    private static List<String> ids(SearchIndex index, String word) {
        SearchHits hits = index.search(new SearchQuery(word, Map.of("headline", 1f), List.of(), List.of(), null, null, 10,
                false, false, List.of(), 10));
        return hits.hits().stream().map(SearchHits.Hit::id).toList();
    }
}
