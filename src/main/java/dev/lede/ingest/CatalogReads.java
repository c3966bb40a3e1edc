package dev.lede.ingest;

import dev.lede.entity.NamedEntity;
import dev.lede.ingest.extract.Extraction;
import dev.lede.ingest.extract.KnownNames;
import dev.lede.person.Person;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.slug.Lookup;
import dev.lede.source.Source;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reads of the catalog that linking needs and the person, entity and source services do not offer yet: every
 * name with its aliases, an id by exact name, and the items a page links to, loaded ahead. They belong in those
 * services (asked of their owners); until they move, they stay here, in one class, so that no other class of ingest
 * queries another feature's tables and the move is one change. All run in the caller's transaction.
 */
final class CatalogReads {
    private CatalogReads() {
    }

    /** Every person, entity and source with its aliases, oldest first: what the extractor's gazetteer is built from. */
    static KnownNames names() {
        return new KnownNames(
                known("select p.id, p.slug, p.name, null from Person p order by p.createdAt, p.id",
                        "select p.id, a from Person p join p.aliases a order by p.id, index(a)"),
                known("select e.id, e.slug, e.name, e.kind from NamedEntity e order by e.createdAt, e.id",
                        "select e.id, a from NamedEntity e join e.aliases a order by e.id, index(a)"),
                known("select s.id, s.slug, s.name, s.kind from Source s order by s.createdAt, s.id",
                        "select s.id, a from Source s join s.aliases a order by s.id, index(a)"));
    }

    /**
     * The oldest item of that exact name (any case), for a name the catalog snapshot did not know: created moments
     * ago, perhaps by the previous ingest. Linking to it keeps two ingests in a row from making duplicates.
     */
    static Optional<String> idByName(Class<?> type, String name) {
        String entity = type.getAnnotation(jakarta.persistence.Entity.class).name();
        String jpql = "select r.id from " + (entity.isEmpty() ? type.getSimpleName() : entity)
                + " r where lower(r.name) = :name order by r.createdAt";
        return em().createQuery(jpql, String.class).setParameter("name", name.toLowerCase(Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Loads the items the extraction already links to, one query per kind (people and entities with their aliases,
     * which storing the article reads to count mentions): storing then finds each in the persistence context instead
     * of loading it, and then its aliases, one by one (about two statements per person and entity). Answers which of
     * the linked publisher and credit ids really are sources: the extractor links them to an entity of that name when
     * no source has it ("Reuters" the company), and an entity's id is not a source's.
     */
    static Set<String> preload(Extraction extraction) {
        Set<String> personIds = ids(Stream.concat(extraction.bylines().stream().map(Extraction.BylineFound::knownId),
                extraction.people().stream().map(Extraction.PersonFound::knownId)));
        Set<String> entityIds = ids(extraction.entities().stream().map(Extraction.EntityFound::knownId));
        Set<String> sourceIds = ids(Stream.concat(Stream.ofNullable(extraction.publisher()), extraction.credits().stream())
                .map(Extraction.SourceFound::knownId));
        load("select distinct p from Person p left join fetch p.aliases where p.id in :ids", Person.class, personIds);
        load("select distinct e from NamedEntity e left join fetch e.aliases where e.id in :ids", NamedEntity.class, entityIds);
        return load("select s from Source s where s.id in :ids", Source.class, sourceIds).stream()
                .map(s -> s.id).collect(Collectors.toSet());
    }

    private static <T> List<T> load(String jpql, Class<T> type, Set<String> ids) {
        List<T> loaded = new ArrayList<>();
        for (List<String> chunk : Lookup.chunks(ids)) { // a page may name more known items than one query binds
            loaded.addAll(InLists.query(em(), jpql, type, "ids", chunk).getResultList());
        }
        return loaded;
    }

    private static List<KnownNames.Known> known(String items, String aliases) {
        Map<String, List<String>> aliasesById = new LinkedHashMap<>();
        for (Object[] row : em().createQuery(aliases, Object[].class).getResultList()) {
            aliasesById.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        List<KnownNames.Known> known = new ArrayList<>();
        for (Object[] row : em().createQuery(items, Object[].class).getResultList()) {
            String id = (String) row[0];
            known.add(new KnownNames.Known(id, (String) row[1], (String) row[2],
                    List.copyOf(aliasesById.getOrDefault(id, List.of())), row[3] == null ? null : row[3].toString()));
        }
        return List.copyOf(known);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }
}
