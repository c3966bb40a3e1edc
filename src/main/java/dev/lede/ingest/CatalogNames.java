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
 * The catalog's names and aliases for linking, read in three queries per kind and kept until the change log
 * moves on: a burst of ingests against an unchanged catalog reads it once.
 */
@ApplicationScoped
public class CatalogNames {
    private final EntityManager em;
    private volatile Snapshot snapshot = new Snapshot(-1, KnownNames.empty());

    public CatalogNames(EntityManager em) {
        this.em = em;
    }

    private record Snapshot(long seq, KnownNames names) {
    }

    @Transactional
    public KnownNames current() {
        long seq = ((Number) em.createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1").getSingleResult())
                .longValue();
        Snapshot seen = snapshot;
        if (seen.seq() == seq) {
            return seen.names();
        }
        KnownNames names = uncached();
        snapshot = new Snapshot(seq, names);
        return names;
    }

    /** The names as this transaction sees them, not kept (they may include writes that are not committed yet). */
    @Transactional
    public KnownNames uncached() {
        return new KnownNames(
                load("select p.id, p.slug, p.name, null from Person p",
                        "select p.id, a from Person p join p.aliases a order by p.id, index(a)"),
                load("select e.id, e.slug, e.name, e.kind from NamedEntity e",
                        "select e.id, a from NamedEntity e join e.aliases a order by e.id, index(a)"),
                load("select s.id, s.slug, s.name, s.kind from Source s",
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
