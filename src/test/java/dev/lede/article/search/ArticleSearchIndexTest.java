package dev.lede.article.search;

import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.article.ArticleSearchIndexer;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.search.LuceneIndex;
import dev.lede.platform.search.SearchHits;
import dev.lede.platform.search.SearchQuery;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Restart: an index behind the change log catches up when opened, and a missing one is rebuilt from the database.
 * Each test opens an index of its own in a fresh directory beside the running service's.
 */
@QuarkusTest
class ArticleSearchIndexTest {
    @Inject
    EntityManager em;
    @Inject
    LedeConfig config;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Test
    void shouldCatchUpFromTheChangeLogWhenOpenedBehindIt() throws IOException {
        Path path = Files.createTempDirectory(Path.of("target"), "search-behind");
        try (LuceneIndex index = new LuceneIndex(path, List.of("body"))) {
            index.apply(List.of(), List.of(), 0); // a valid index that has applied nothing of the log
        }
        String word = "w" + unique();
        String id = published("Written while stopped " + word, Map.of()).path("id");
        try (LuceneIndex index = new LuceneIndex(path, List.of("body"))) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(ids(index, word)).isEmpty();
            new ArticleSearchIndexer(em, index, config, transactions).catchUp();
            assertThat(ids(index, word)).containsExactly(id);
            assertThat(index.applied()).isPositive();
        }
    }

    @Test
    void shouldRebuildAMissingIndexFromTheDatabase() throws IOException {
        String word = "w" + unique();
        String id = published("Indexed before the loss " + word, Map.of()).path("id");
        Path path = Files.createTempDirectory(Path.of("target"), "search-missing");
        try (LuceneIndex index = new LuceneIndex(path, List.of("body"))) {
            assertThat(index.needsRebuild()).isTrue();
            new ArticleSearchIndexer(em, index, config, transactions).rebuild();
            assertThat(ids(index, word)).containsExactly(id);
            assertThat(index.progress()).isNull();
        }
        try (LuceneIndex reopened = new LuceneIndex(path, List.of("body"))) {
            assertThat(reopened.needsRebuild()).as("a finished rebuild is kept").isFalse();
            assertThat(ids(reopened, word)).containsExactly(id);
        }
    }

    private static List<String> ids(LuceneIndex index, String word) {
        SearchHits hits = index.search(new SearchQuery(word, Map.of("headline", 1f), List.of(), List.of(), null, null, 10,
                false, false, List.of(), 10));
        return hits.hits().stream().map(SearchHits.Hit::id).toList();
    }
}
