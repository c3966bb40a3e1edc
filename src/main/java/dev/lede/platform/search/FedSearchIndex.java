package dev.lede.platform.search;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.config.LedeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

    private LuceneSearchIndex index;
    private IndexFeeder feeder;

    /** The text fields snippets come from, best first. */
    protected abstract List<String> highlighted();

    /** Hears the events whose changes have reached the index, after their commit (the cache drops pages again). */
    protected abstract void applied(List<ChangeEvent> events);

    @PostConstruct
    void open() {
        index = new LuceneSearchIndex(Path.of(config.search().path()).resolve(name()), highlighted());
        feeder = new IndexFeeder(index, this, transactions, this::applied);
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
    public SearchIndex index() {
        return index;
    }

    @Override
    public IndexFeeder feeder() {
        return feeder;
    }
}
