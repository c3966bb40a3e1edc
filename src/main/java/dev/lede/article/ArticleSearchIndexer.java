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
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    private final TransactionSynchronizationRegistry transactions;

    public ArticleSearchIndexer(EntityManager em, SearchIndex index, LedeConfig config,
            TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.index = index;
        this.config = config;
        this.transactions = transactions;
    }

    @Produces
    @ApplicationScoped
    static SearchIndex open(LedeConfig config) {
        return new LuceneIndex(Path.of(config.search().path()), ArticleDocuments.HIGHLIGHTED);
    }

    static void close(@Disposes SearchIndex index) {
        ((LuceneIndex) index).close();
    }

    /**
     * Collects the transaction's events as they are appended and applies them together once it has committed: one
     * batch of reads and one searcher refresh per transaction, where one per event made a bulk load of 1,000
     * articles take longer than a client's patience. A rollback applies nothing.
     */
    void onAppended(@Observes ChangeLog.Committed change) {
        if (change.type() != ResourceType.article && !ArticleSearchChanges.NAMED.contains(change.type())) {
            return;
        }
        Committing batch = (Committing) transactions.getResource(Committing.class);
        if (batch == null) {
            batch = new Committing(new ArrayList<>(), this);
            transactions.putResource(Committing.class, batch);
            transactions.registerInterposedSynchronization(batch);
        }
        batch.events().add(change.event());
    }

    /** The events of one transaction, numbered when it commits (their seq is set by then). */
    private record Committing(List<ChangeEvent> events, ArticleSearchIndexer indexer) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                long last = events.stream().mapToLong(event -> event.seq).max().orElse(-1);
                try {
                    indexer.reindex(events, last);
                } catch (RuntimeException e) { // the write has committed: its client must still hear so
                    LOG.warnf("search index not updated for change-log events up to %d (%s); a restart's rebuild or catch-up applies them", last, e.toString());
                }
            }
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

    void reindex(List<ChangeEvent> events, long seq) {
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
