package dev.lede.article;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.search.FedSearchIndex;
import dev.lede.platform.search.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The article index (under {@code lede.search.path}/articles) and what it is fed from: the articles written, and those
 * naming a person, entity or source that changed. Its documents store the articles' list views.
 */
@ApplicationScoped
public class ArticleSearchIndexer extends FedSearchIndex {
    @Override
    protected List<String> highlighted() {
        return ArticleDocuments.HIGHLIGHTED;
    }

    @Override
    protected Class<?> entity() {
        return Article.class;
    }

    @Override
    protected ResourceType type() {
        return ResourceType.article;
    }

    /**
     * Whether the views the documents store may be served: every change committed on this node has reached the index
     * (else a stored view may be older than the database).
     */
    boolean viewsCurrent() {
        return feeder().current();
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
    public int batch() {
        return ArticleDocuments.BATCH;
    }
}
