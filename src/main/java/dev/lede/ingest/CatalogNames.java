package dev.lede.ingest;

import dev.lede.ingest.extract.KnownNames;
import dev.lede.platform.changelog.ChangeEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's names and aliases for linking. The extractor builds its gazetteer once per {@link KnownNames}
 * instance (seconds for 100,000 names), so this keeps one snapshot and replaces it in the background, gazetteer
 * included, when people, entities or sources changed: an ingest never waits for a rebuild nor opens a transaction
 * to ask whether one is due, at the price of linking against names that may be a few seconds old.
 * {@link IngestService} covers that gap by checking exact names before it creates anything.
 *
 * <p>Why not rebuild whenever the change log moves: every ingest appends to it (its article and quotes), so the
 * snapshot, and with it the gazetteer, would be rebuilt after every page, on the request thread of the next one.
 * Writes of this node are noted at commit ({@link #onCommitted}) and refreshed on the next ingest; writes of other
 * nodes sharing the database are found by a look at the change log at most once per
 * {@code lede.ingest.catalog-check-interval} (1 s), on the background thread.
 */
@ApplicationScoped
public class CatalogNames {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CatalogNames.class);
    private static final List<dev.lede.platform.changelog.ResourceType> CATALOG = List.of(dev.lede.platform.changelog.ResourceType.person,
            dev.lede.platform.changelog.ResourceType.entity, dev.lede.platform.changelog.ResourceType.source);

    private final EntityManager em;
    private final dev.lede.ingest.extract.Extractor extractor;
    private final long checkEveryNanos;
    private volatile Snapshot snapshot;
    private volatile long checkedAt = System.nanoTime();
    private volatile boolean changed;
    private final java.util.concurrent.atomic.AtomicBoolean due = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService rebuilder = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lede-catalog-names");
        thread.setDaemon(true);
        return thread;
    });

    public CatalogNames(EntityManager em, dev.lede.ingest.extract.Extractor extractor, IngestConfig config) {
        this.em = em;
        this.extractor = extractor;
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
            snapshot = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> new Snapshot(ChangeEvent.headSeq(), uncached()));
        }
        return snapshot.names();
    }

    /**
     * A person, entity or source this node changed: the snapshot is out of date. Only noted: the next ingest has it
     * refreshed, so that a bulk load of 15,000 people does not keep the background thread rebuilding meanwhile.
     */
    void onCommitted(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                     dev.lede.platform.changelog.ChangeLog.Committed change) {
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
        } catch (java.util.concurrent.ExecutionException e) {
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
            Snapshot next = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
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
        if (extractor instanceof dev.lede.ingest.extract.NewsExtractor news) {
            news.gazetteer(names);
        }
    }

    /** The names as this transaction sees them, not kept (they may include writes that are not committed yet). */
    @Transactional
    public KnownNames uncached() {
        return new KnownNames(
                load("select p.id, p.slug, p.name, null from Person p order by p.createdAt, p.id",
                        "select p.id, a from Person p join p.aliases a order by p.id, index(a)"),
                load("select e.id, e.slug, e.name, e.kind from NamedEntity e order by e.createdAt, e.id",
                        "select e.id, a from NamedEntity e join e.aliases a order by e.id, index(a)"),
                load("select s.id, s.slug, s.name, s.kind from Source s order by s.createdAt, s.id",
                        "select s.id, a from Source s join s.aliases a order by s.id, index(a)"));
    }

    private List<KnownNames.Known> load(String items, String aliases) {
        Map<String, List<String>> aliasesById = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(aliases, Object[].class).getResultList()) {
            aliasesById.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        List<KnownNames.Known> known = new ArrayList<>();
        for (Object[] row : em.createQuery(items, Object[].class).getResultList()) {
            String id = (String) row[0];
            known.add(new KnownNames.Known(id, (String) row[1], (String) row[2],
                    List.copyOf(aliasesById.getOrDefault(id, List.of())), row[3] == null ? null : row[3].toString()));
        }
        return List.copyOf(known);
    }
}
