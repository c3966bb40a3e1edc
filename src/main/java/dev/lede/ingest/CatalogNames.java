package dev.lede.ingest;

import dev.lede.entity.EntityService;
import dev.lede.ingest.extract.Extractor;
import dev.lede.ingest.extract.KnownNames;
import dev.lede.ingest.extract.NewsExtractor;
import dev.lede.person.PersonService;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.CatalogName;
import dev.lede.source.SourceService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The catalog's names and aliases for linking. The extractor builds its gazetteer once per {@link KnownNames}
 * instance (seconds for 100,000 names), so this keeps one snapshot and replaces it in the background, gazetteer
 * included, when people, entities or sources changed: an ingest never waits for a rebuild nor opens a transaction
 * to ask whether one is due, at the price of linking against names that may be a few seconds old.
 * {@link CatalogLinker} covers that gap by checking exact names before it creates anything.
 *
 * <p>Why not rebuild whenever the change log moves: every ingest appends to it (its article and quotes), so the
 * snapshot, and with it the gazetteer, would be rebuilt after every page, on the request thread of the next one.
 * Writes of this node are noted at commit ({@link #onCommitted}) and refreshed on the next ingest; writes of other
 * nodes sharing the database are found by a look at the change log at most once per
 * {@code lede.ingest.catalog-check-interval} (1 s), on the background thread.
 */
@ApplicationScoped
public class CatalogNames {
    private static final Logger LOG = Logger.getLogger(CatalogNames.class);
    private static final List<ResourceType> CATALOG = List.of(ResourceType.person, ResourceType.entity, ResourceType.source);

    private final Extractor extractor;
    private final PersonService people;
    private final EntityService entities;
    private final SourceService sources;
    private final long checkEveryNanos;
    private volatile Snapshot snapshot;
    private volatile long checkedAt = System.nanoTime();
    private volatile boolean changed;
    private final AtomicBoolean due = new AtomicBoolean();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lede-catalog-names");
        thread.setDaemon(true);
        return thread;
    });

    public CatalogNames(Extractor extractor, IngestConfig config, PersonService people, EntityService entities,
                        SourceService sources) {
        this.extractor = extractor;
        this.people = people;
        this.entities = entities;
        this.sources = sources;
        this.checkEveryNanos = config.catalogCheckInterval().toNanos();
    }

    /** The names, and the change-log position they were read at (read before them: later changes have a larger seq). */
    private record Snapshot(long seq, KnownNames names) {
    }

    /** The latest snapshot; built now if there is none yet. Never touches the database once there is one. */
    public KnownNames current() {
        Snapshot seen = snapshot;
        if (seen == null) {
            return first();
        }
        if (changed || System.nanoTime() - checkedAt > checkEveryNanos) {
            changed = false;
            checkedAt = System.nanoTime();
            refreshInBackground();
        }
        return seen.names();
    }

    private synchronized KnownNames first() {
        if (snapshot == null) {
            snapshot = QuarkusTransaction.requiringNew().call(() -> new Snapshot(ChangeEvent.headSeq(), uncached()));
        }
        return snapshot.names();
    }

    /**
     * A person, entity or source this node changed: the snapshot is out of date. Only noted: the next ingest has it
     * refreshed, so that a bulk load of 15,000 people does not keep the background thread rebuilding meanwhile.
     */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        if (CATALOG.contains(change.type())) {
            changed = true;
        }
    }

    /** Tests: the snapshot as of now (a refresh done in the caller's thread, waited for). */
    void refreshNow() {
        try {
            changed = false;
            due.set(true);
            rebuilder.submit(this::refresh).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void refreshInBackground() {
        due.set(true);
        if (refreshing.compareAndSet(false, true)) {
            rebuilder.submit(this::refreshWhileDue);
        }
    }

    /** Runs again when a refresh was asked for while one ran (it may have read the catalog before that change). */
    private void refreshWhileDue() {
        try {
            while (due.get()) {
                refresh();
            }
        } finally {
            refreshing.set(false);
        }
        if (due.get() && refreshing.compareAndSet(false, true)) {
            rebuilder.submit(this::refreshWhileDue);
        }
    }

    private void refresh() {
        due.set(false);
        try {
            Snapshot seen = snapshot;
            Snapshot next = QuarkusTransaction.requiringNew().call(() -> {
                long head = ChangeEvent.headSeq();
                if (seen != null && (head == seen.seq() || !ChangeEvent.anyAfter(seen.seq(), CATALOG))) {
                    return head == seen.seq() ? seen : new Snapshot(head, seen.names()); // same names, same gazetteer
                }
                return new Snapshot(head, uncached());
            });
            if (seen == null || next.names() != seen.names()) {
                prepareGazetteer(next.names());
            }
            snapshot = next;
        } catch (RuntimeException e) {
            LOG.warnf("Could not refresh the catalog names for linking: %s", e.getMessage());
        }
    }

    /** Builds the gazetteer of new names here, before they are handed out, instead of on the next ingest's thread. */
    private void prepareGazetteer(KnownNames names) {
        if (extractor instanceof NewsExtractor news) {
            news.gazetteer(names);
        }
    }

    /** The names as this transaction sees them, not kept (they may include writes that are not committed yet). */
    @Transactional
    public KnownNames uncached() {
        return new KnownNames(known(people.names()), known(entities.names()), known(sources.names()));
    }

    private static List<KnownNames.Known> known(List<CatalogName> names) {
        return names.stream().map(n -> new KnownNames.Known(n.id(), n.slug(), n.name(), n.aliases(), n.kind())).toList();
    }
}
