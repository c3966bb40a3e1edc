package dev.lede.ingest;

import dev.lede.ingest.extract.KnownNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's names and aliases for linking. The extractor builds its gazetteer once per {@link KnownNames}
 * instance (seconds for 100,000 names), so this keeps one snapshot and replaces it in the background when the
 * change log has moved on: an ingest never waits for a rebuild, at the price of linking against names that may
 * be a few seconds old. {@link IngestService} covers that gap by checking exact names before it creates anything.
 */
@ApplicationScoped
public class CatalogNames {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CatalogNames.class);

    private final EntityManager em;
    private volatile Snapshot snapshot;
    private final java.util.concurrent.atomic.AtomicBoolean rebuilding = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService rebuilder = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lede-catalog-names");
        thread.setDaemon(true);
        return thread;
    });

    public CatalogNames(EntityManager em) {
        this.em = em;
    }

    private record Snapshot(long seq, KnownNames names) {
    }

    /** The latest snapshot; built now if there is none yet, refreshed in the background if the catalog moved on. */
    public KnownNames current() {
        long seq = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(this::headSeq);
        Snapshot seen = snapshot;
        if (seen == null) {
            Snapshot built = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> new Snapshot(headSeq(), uncached()));
            snapshot = built;
            return built.names();
        }
        if (seen.seq() != seq && rebuilding.compareAndSet(false, true)) {
            rebuilder.submit(this::rebuild);
        }
        return seen.names();
    }

    private void rebuild() {
        try {
            snapshot = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> new Snapshot(headSeq(), uncached()));
        } catch (RuntimeException e) {
            LOG.warnf("Could not refresh the catalog names for linking: %s", e.getMessage());
        } finally {
            rebuilding.set(false);
        }
    }

    private long headSeq() {
        return ((Number) em.createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1").getSingleResult()).longValue();
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
