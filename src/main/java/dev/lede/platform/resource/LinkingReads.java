package dev.lede.platform.resource;

import dev.lede.platform.persistence.InLists;
import dev.lede.platform.slug.Lookup;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reads of a catalog that linking names to it needs (see {@link CatalogService#names}): every name with its
 * aliases, an id by exact name, and resources loaded ahead. Each is a bounded number of statements, whatever the
 * catalog holds: two for the names, one for a name, one per {@link Lookup#CHUNK} ids loaded.
 */
final class LinkingReads {
    private LinkingReads() {
    }

    static List<CatalogName> names(EntityManager em, Class<? extends NamedResource> type) {
        String entity = type.getSimpleName();
        boolean kinded = em.getMetamodel().entity(type).getAttributes().stream().anyMatch(a -> a.getName().equals("kind"));
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        em.createQuery("select c.id, a from " + entity + " c join c.aliases a order by c.id, index(a)", Object[].class)
                .getResultList().forEach(row -> aliases.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]));
        List<CatalogName> names = new ArrayList<>();
        String kind = kinded ? "c.kind" : "null";
        for (Object[] row : em.createQuery("select c.id, c.slug, c.name, " + kind + " from " + entity
                + " c order by c.createdAt, c.id", Object[].class).getResultList()) {
            String id = (String) row[0];
            names.add(new CatalogName(id, (String) row[1], (String) row[2], List.copyOf(aliases.getOrDefault(id, List.of())),
                    row[3] == null ? null : row[3].toString()));
        }
        return List.copyOf(names);
    }

    /**
     * The oldest resource of this name, else the oldest with it as an alias (a name merged into another: what a merge
     * teaches the next ingest even before the catalog snapshot has caught up). The alias lookup runs only for a name
     * no resource has, i.e. when something new is about to be created.
     */
    static Optional<String> idByExactName(EntityManager em, Class<? extends NamedResource> type, String name) {
        Optional<String> named = em.createQuery("select c.id from " + type.getSimpleName() + " c where lower(c.name) = :name order by c.createdAt",
                        String.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst();
        return named.isPresent() ? named : em.createQuery("select c.id from " + type.getSimpleName()
                        + " c join c.aliases a where lower(a) = :name order by c.createdAt", String.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether a resource of exactly this name (any case) other than {@code id} exists, as this transaction sees it. */
    static boolean otherByExactName(EntityManager em, Class<? extends NamedResource> type, String name, String id) {
        return !em.createQuery("select c.id from " + type.getSimpleName() + " c where lower(c.name) = :name and c.id <> :id",
                        String.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).setParameter("id", id).setMaxResults(1)
                .getResultList().isEmpty();
    }

    static Set<String> loadAhead(EntityManager em, Class<? extends NamedResource> type, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        String jpql = "select distinct c from " + type.getSimpleName() + " c left join fetch c.aliases where c.id in :ids";
        for (List<String> chunk : Lookup.chunks(ids)) { // a page may name more known items than one query binds
            InLists.query(em, jpql, type, "ids", chunk).getResultList().forEach(c -> found.add(c.id));
        }
        return found;
    }
}
