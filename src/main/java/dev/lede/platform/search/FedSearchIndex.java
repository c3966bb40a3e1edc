package dev.lede.platform.search;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * A feature's index: a {@link LuceneSearchIndex} under {@code lede.search.path}/{@link #name()}, fed from the
 * feature's {@link SearchSource} methods by an {@link IndexFeeder} from start to shutdown. A feature subclasses it as an
 * application-scoped bean and says what its documents are.
 */
public abstract class FedSearchIndex implements SearchSource, FedIndex {
    @Inject LedeConfig config;
    @Inject TransactionSynchronizationRegistry transactions;
    @Inject TransactionManager transactionManager;
    @Inject Event<IndexApplied> applied;
    @Inject protected EntityManager em;

    private LuceneSearchIndex index;
    private IndexFeeder feeder;

    /** The text fields snippets come from, best first. */
    protected abstract List<String> highlighted();

    /** What the index holds documents of: its entity, with a String {@code id}. */
    protected abstract Class<?> entity();

    /** The type of resource the documents are, named in {@link IndexApplied}. */
    protected abstract ResourceType type();

    @PostConstruct
    void open() {
        Path base = Path.of(config.search().path());
        LuceneSearchIndex.removeEarlierLayout(base);
        index = new LuceneSearchIndex(base.resolve(name()), highlighted());
        IndexApplied reached = new IndexApplied(type());
        feeder = new IndexFeeder(index, this, transactions, transactionManager, events -> applied.fire(reached));
    }

    void start(@Observes StartupEvent event) {
        feeder.start(config.search().rebuildInlineUpTo(), config.search().followInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        feeder.close();
        index.close();
    }

    void committed(@Observes ChangeLog.Committed change) {
        feeder.committed(change);
    }

    @Override
    public List<String> idsAfter(String after, int limit) {
        return em.createQuery("select r.id from " + entity().getSimpleName() + " r where r.id > :after order by r.id", String.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** Read row by row, as list totals are (ListQuery): H2's table size can include rows a crash left behind. */
    @Override
    public long count() {
        return em.createQuery("select count(r) from " + entity().getSimpleName() + " r where r.id is not null", Long.class)
                .getSingleResult();
    }

    @Override
    public SearchIndex index() {
        return index;
    }

    @Override
    public IndexFeeder feeder() {
        return feeder;
    }
}
