package dev.lede.ingest;

import dev.lede.entity.NamedEntity;
import dev.lede.ingest.extract.Extraction;
import dev.lede.person.Person;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.slug.Lookup;
import dev.lede.source.Source;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalog items an extraction already links to, loaded at the start of an ingest with one query per kind (with
 * their aliases, which storing the article reads to count mentions). Storing then finds each in the persistence
 * context instead of loading it, and then its aliases, one by one: about two statements per person and entity.
 *
 * <p>Also says which linked ids really are sources: the extractor links a publisher or credit to an entity of that
 * name when no source has it ("Reuters" the company), and an entity's id is not a source's.
 */
final class Preloaded {
    private final Set<String> sources;

    private Preloaded(Set<String> sources) {
        this.sources = sources;
    }

    static Preloaded load(Extraction extraction) {
        Set<String> sourceIds = ids(Stream.concat(Stream.ofNullable(extraction.publisher()), extraction.credits().stream())
                .map(Extraction.SourceFound::knownId));
        Set<String> personIds = ids(Stream.concat(extraction.bylines().stream().map(Extraction.BylineFound::knownId),
                extraction.people().stream().map(Extraction.PersonFound::knownId)));
        Set<String> entityIds = ids(extraction.entities().stream().map(Extraction.EntityFound::knownId));
        if (!personIds.isEmpty()) {
            load("select distinct p from Person p left join fetch p.aliases where p.id in :ids", Person.class, personIds);
        }
        if (!entityIds.isEmpty()) {
            load("select distinct e from NamedEntity e left join fetch e.aliases where e.id in :ids", NamedEntity.class, entityIds);
        }
        return new Preloaded(sourceIds.isEmpty() ? Set.of()
                : load("select s from Source s where s.id in :ids", Source.class, sourceIds).stream()
                        .map(s -> s.id).collect(Collectors.toSet()));
    }

    boolean isSource(String id) {
        return sources.contains(id);
    }

    private static <T> List<T> load(String jpql, Class<T> type, Set<String> ids) {
        List<T> loaded = new ArrayList<>();
        for (List<String> chunk : Lookup.chunks(ids)) { // a page may name more known items than one query binds
            loaded.addAll(InLists.query(Panache.getEntityManager(), jpql, type, "ids", chunk).getResultList());
        }
        return loaded;
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }
}
