package dev.lede.ingest;

import dev.lede.article.BylineRole;
import dev.lede.article.CreditRole;
import dev.lede.entity.EntityService;
import dev.lede.ingest.extract.Extraction;
import dev.lede.person.PersonService;
import dev.lede.platform.resource.CatalogService;
import dev.lede.source.SourceKind;
import dev.lede.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Links what a page names to the catalog, creating what it lacks through the person, entity and source services.
 * A name the extractor recognised carries its id; another is looked up by exact name once (the snapshot the
 * extractor used may be seconds old), and only then created. Each name is linked once per page, so the queries of
 * a page are bounded by what it names, not by what the catalog holds.
 */
@ApplicationScoped
class CatalogLinker {
    private final SourceService sources;
    private final PersonService people;
    private final EntityService entities;
    private final double review;

    CatalogLinker(SourceService sources, PersonService people, EntityService entities, IngestConfig config) {
        this.sources = sources;
        this.people = people;
        this.entities = entities;
        this.review = config.reviewThreshold();
    }

    /** A page linked: the ids by name, the publisher's id (null when the page names none) and the references. */
    record Linked(Links links, String publisher, Mentions mentions) {
    }

    Linked link(Extraction extraction) {
        Links links = new Links();
        Set<String> live = new java.util.HashSet<>();
        Set<String> knownSources = loadAhead(extraction, live);
        String publisher = extraction.publisher() == null ? null
                : source(links, knownSources, extraction.publisher(), SourceKind.publisher);
        Mentions mentions = new Mentions();
        for (Extraction.SourceFound credit : extraction.credits()) {
            SourceKind kind = "wire".equals(credit.role()) ? SourceKind.wire_agency : SourceKind.other;
            mentions.credit(source(links, knownSources, credit, kind), Drafts.named(CreditRole.class, credit.role(), CreditRole.other));
        }
        for (Extraction.BylineFound byline : extraction.bylines()) {
            String id = link(links, links.personIds, people, byline.name(), live(byline.knownId(), live),
                    () -> people.createNamed(Drafts.byline(byline.name())).id());
            mentions.byline(id, Drafts.named(BylineRole.class, byline.role(), BylineRole.other));
        }
        for (Extraction.PersonFound person : extraction.people()) {
            String id = link(links, links.personIds, people, person.name(), live(person.knownId(), live),
                    () -> people.createNamed(Drafts.person(person, review)).id());
            person.forms().forEach(form -> links.personIds.putIfAbsent(form, id));
            mentions.person(id, Drafts.clip(person.role(), 300), person.mentions(), person.firstOffset());
        }
        for (Extraction.EntityFound entity : extraction.entities()) {
            String id = link(links, links.entityIds, entities, entity.name(), live(entity.knownId(), live),
                    () -> entities.createNamed(Drafts.entity(entity, review)).id());
            entity.forms().forEach(form -> links.entityIds.putIfAbsent(form, id));
            mentions.entity(id, entity.mentions(), entity.firstOffset());
        }
        return new Linked(links, publisher, mentions);
    }

    /** A publisher or credit: its known id only when that id is a source's (it may be an entity's of that name). */
    private String source(Links links, Set<String> knownSources, Extraction.SourceFound found, SourceKind kind) {
        String known = found.knownId() != null && knownSources.contains(found.knownId()) ? found.knownId() : null;
        return link(links, links.sourceIds, sources, found.name(), known,
                () -> sources.createNamed(Drafts.source(found.name(), kind)).id());
    }

    /** The id this name links to: the one already linked, the extractor's, the catalog's of that name, or a new one. */
    private String link(Links links, Map<String, String> ids, CatalogService<?, ?, ?> catalog, String name, String knownId,
                        Supplier<String> create) {
        return ids.computeIfAbsent(name, unlinked -> knownId != null ? knownId
                : catalog.idByExactName(unlinked).orElseGet(() -> links.created(create.get())));
    }

    /**
     * Loads the items the extraction already links to, one query per kind (people and entities with their aliases,
     * which storing the article reads to count mentions): storing then finds each in the persistence context instead
     * of loading it, and then its aliases, one by one. Answers which of the linked publisher and credit ids really are
     * sources: the extractor links them to an entity of that name when no source has it ("Reuters" the company).
     * Puts in {@code live} which of the people and entities linked to still exist.
     */
    private Set<String> loadAhead(Extraction extraction, Set<String> live) {
        live.addAll(people.loadAhead(ids(Stream.concat(extraction.bylines().stream().map(Extraction.BylineFound::knownId),
                extraction.people().stream().map(Extraction.PersonFound::knownId)))));
        live.addAll(entities.loadAhead(ids(extraction.entities().stream().map(Extraction.EntityFound::knownId))));
        return sources.loadAhead(ids(Stream.concat(Stream.ofNullable(extraction.publisher()), extraction.credits().stream())
                .map(Extraction.SourceFound::knownId)));
    }

    /**
     * A linked id of a person or entity that still exists, else null: the snapshot may be seconds old, and one merged
     * or deleted since is linked by name instead (which finds the survivor of a merge through its alias).
     */
    private static String live(String knownId, Set<String> live) {
        return knownId != null && live.contains(knownId) ? knownId : null;
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
