package dev.lede.article;

import dev.lede.platform.cache.ResponseCache;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.search.FedSearchIndex;
import dev.lede.platform.search.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The article index (under {@code lede.search.path}/articles) and what it is fed from: the articles written, and those
 * naming a person, entity or source that changed.
 */
@ApplicationScoped
public class ArticleSearchIndexer extends FedSearchIndex {
    @Inject EntityManager em;
    @Inject ResponseCache cache;

    @Override
    protected List<String> highlighted() {
        return ArticleDocuments.HIGHLIGHTED;
    }

    @Override
    protected void applied(List<ChangeEvent> events) {
        cache.changed(ListMarkers.searched(ResourceType.article));
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
