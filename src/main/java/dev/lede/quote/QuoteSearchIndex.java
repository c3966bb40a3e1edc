package dev.lede.quote;

import dev.lede.article.Quote;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.search.FedSearchIndex;
import dev.lede.platform.search.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Override
    protected List<String> highlighted() {
        return QuoteDocuments.HIGHLIGHTED;
    }

    @Override
    protected Class<?> entity() {
        return Quote.class;
    }

    @Override
    protected ResourceType type() {
        return ResourceType.quote;
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
    public int batch() {
        return QuoteDocuments.BATCH;
    }
}
