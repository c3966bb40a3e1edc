package dev.lede.quote;

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
 * The quote index (under {@code lede.search.path}/quotes): the quotes written, those of the articles written (their
 * status decides who may find them) and those of a speaker renamed.
 */
@ApplicationScoped
public class QuoteSearchIndex extends FedSearchIndex {
    private static final Set<ResourceType> FOLLOWED = Set.of(ResourceType.quote, ResourceType.article, ResourceType.person,
            ResourceType.entity);

    @Inject EntityManager em;
    @Inject ResponseCache cache;

    @Override
    protected List<String> highlighted() {
        return QuoteDocuments.HIGHLIGHTED;
    }

    @Override
    protected void applied(List<ChangeEvent> events) {
        cache.changed(ListMarkers.searched(ResourceType.quote));
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public boolean follows(ResourceType type) {
        return FOLLOWED.contains(type);
    }

    @Override
    public Set<String> affected(List<ChangeEvent> events) {
        return QuoteDocuments.affected(em, events);
    }

    @Override
    public List<SearchDocument> documents(Collection<String> ids) {
        return QuoteDocuments.of(em, ids);
    }

    @Override
    public List<String> idsAfter(String after, int limit) {
        return em.createQuery("select q.id from Quote q where q.id > :after order by q.id", String.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(q) from Quote q", Long.class).getSingleResult();
    }

    @Override
    public int batch() {
        return QuoteDocuments.BATCH;
    }
}
