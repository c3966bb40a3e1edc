package dev.lede.article;

import dev.lede.platform.cache.ResponseCache;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.search.FedIndex;
import dev.lede.platform.search.IndexFeeder;
import dev.lede.platform.search.LuceneSearchIndex;
import dev.lede.platform.search.SearchDocument;
import dev.lede.platform.search.SearchIndex;
import dev.lede.platform.search.SearchSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The article index (under {@code lede.search.path}/articles) and what it is fed from: the articles written, and those
 * naming a person, entity or source that changed. {@link IndexFeeder} keeps it in step with the change log.
 */
@ApplicationScoped
public class ArticleSearchIndexer implements SearchSource, FedIndex {
    @Inject EntityManager em;
    @Inject LedeConfig config;
    @Inject TransactionSynchronizationRegistry transactions;
    @Inject ResponseCache cache;

    private LuceneSearchIndex index;
    private IndexFeeder feeder;

    @PostConstruct
    void open() {
        index = new LuceneSearchIndex(Path.of(config.search().path()).resolve("articles"), ArticleDocuments.HIGHLIGHTED);
        feeder = new IndexFeeder(index, this, transactions, events -> cache.changed(ListMarkers.searched(ResourceType.article)));
    }

    void start(@Observes StartupEvent event) {
        feeder.start(config.search().rebuildInlineUpTo(), config.search().followInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        feeder.close();
        index.close();
    }

    void onAppended(@Observes ChangeLog.Committed change) {
        feeder.committed(change);
    }

    @Override
    public SearchIndex index() {
        return index;
    }

    @Override
    public IndexFeeder feeder() {
        return feeder;
    }

    @Override
    public String name() {
        return "articles";
    }

    @Override
    public boolean follows(ResourceType type) {
        return type == ResourceType.article || ArticleSearchChanges.NAMED.contains(type);
    }

    @Override
    public Set<String> affected(List<ChangeEvent> events) {
        return ArticleSearchChanges.affected(em, events);
    }

    @Override
    public List<SearchDocument> documents(Collection<String> ids) {
        return ArticleDocuments.of(em, ids);
    }

    @Override
    public List<String> idsAfter(String after, int limit) {
        return em.createQuery("select a.id from Article a where a.id > :after order by a.id", String.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return Article.countAll();
    }

    @Override
    public int batch() {
        return ArticleDocuments.BATCH;
    }
}
