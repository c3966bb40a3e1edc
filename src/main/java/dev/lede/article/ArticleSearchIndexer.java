package dev.lede.article;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.search.LuceneIndex;
import dev.lede.platform.search.SearchDocument;
import dev.lede.platform.search.SearchIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps the article index in step with the change log: each committed write that changes what an article's document
 * holds is applied after its transaction commits (a rolled-back one fires nothing), before the write's response
 * returns; on start the index catches up from the log past the position it stored, or is rebuilt from the database.
 */
@ApplicationScoped
public class ArticleSearchIndexer {
    private final EntityManager em;
    private final SearchIndex index;
    private final LedeConfig config;

    private static final Logger LOG = Logger.getLogger(ArticleSearchIndexer.class);
    /** Change-log events read per step of a catch-up. */
    private static final int EVENTS = 1000;

    public ArticleSearchIndexer(EntityManager em, SearchIndex index, LedeConfig config) {
        this.em = em;
        this.index = index;
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    static SearchIndex open(LedeConfig config) {
        return new LuceneIndex(Path.of(config.search().path()), ArticleDocuments.HIGHLIGHTED);
    }

    static void close(@Disposes SearchIndex index) {
        ((LuceneIndex) index).close();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        if (change.type() == ResourceType.article || ArticleSearchChanges.NAMED.contains(change.type())) {
            reindex(List.of(change.event()), change.seq());
        }
    }

    void start(@Observes StartupEvent event) {
        if (index.needsRebuild()) {
            long count = QuarkusTransaction.requiringNew().call(Article::countAll);
            if (count <= config.search().rebuildInlineUpTo()) {
                rebuild();
            } else {
                Thread rebuilding = new Thread(this::rebuild, "search-rebuild");
                rebuilding.setDaemon(true);
                rebuilding.start();
            }
        } else {
            catchUp();
        }
    }

    /** Applies the change log past the index's position, in steps. */
    public void catchUp() {
        while (true) {
            long from = index.applied();
            List<ChangeEvent> events = QuarkusTransaction.requiringNew().call(() -> ChangeEvent.after(from, EVENTS));
            if (events.isEmpty()) {
                return;
            }
            reindex(events, events.get(events.size() - 1).seq);
            LOG.debugf("search index caught up to %d", index.applied());
        }
    }

    /** Empties the index and fills it from the database, then applies what was written meanwhile. */
    public void rebuild() {
        long head = QuarkusTransaction.requiringNew().call(ChangeEvent::headSeq);
        long total = QuarkusTransaction.requiringNew().call(Article::countAll);
        index.progress(new SearchIndex.Progress(0, total));
        index.clear(-1);
        String after = "";
        long done = 0;
        long started = System.nanoTime();
        try {
            while (true) {
                String from = after;
                List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select a.id from Article a where a.id > :after order by a.id", String.class)
                        .setParameter("after", from).setMaxResults(ArticleDocuments.BATCH).getResultList());
                if (ids.isEmpty()) {
                    break;
                }
                apply(ids, -1);
                done += ids.size();
                after = ids.get(ids.size() - 1);
                index.progress(new SearchIndex.Progress(done, total));
                if (done % 10_000 < ArticleDocuments.BATCH) {
                    LOG.infof("search: rebuilding %d/%d", done, total);
                }
            }
        } finally {
            index.progress(null);
        }
        index.apply(List.of(), List.of(), head);
        LOG.infof("search index rebuilt: %d articles in %d ms", done, (System.nanoTime() - started) / 1_000_000);
        catchUp();
    }

    private void reindex(List<ChangeEvent> events, long seq) {
        Set<String> ids = QuarkusTransaction.requiringNew().call(() -> ArticleSearchChanges.affected(em, events));
        if (ids.isEmpty()) {
            index.apply(List.of(), List.of(), seq);
            return;
        }
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += ArticleDocuments.BATCH) {
            apply(all.subList(i, Math.min(all.size(), i + ArticleDocuments.BATCH)), i + ArticleDocuments.BATCH >= all.size() ? seq : -1);
        }
    }

    /** Replaces the documents of these articles; those that no longer exist are deleted. */
    private void apply(Collection<String> ids, long seq) {
        List<SearchDocument> documents = QuarkusTransaction.requiringNew().call(() -> ArticleDocuments.of(em, ids));
        Set<String> gone = new LinkedHashSet<>(ids);
        documents.forEach(document -> gone.remove(document.id()));
        index.apply(documents, gone, seq);
    }
}
