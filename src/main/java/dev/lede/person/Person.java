package dev.lede.person;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.resource.LinkedResource;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person named in articles. */
@Entity
@Table(name = "person")
@AssociationOverride(name = "aliases", joinTable = @JoinTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id")))
@AssociationOverride(name = "sameAs", joinTable = @JoinTable(name = "person_same_as", joinColumns = @JoinColumn(name = "person_id")))
public class Person extends LinkedResource {
    /** Current role, e.g. "White House National Security Spokesperson". */
    public String description;

    @ElementCollection
    @CollectionTable(name = "person_affiliation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Affiliation> affiliations = new ArrayList<>();

    /** Created by an ingest that was not sure of it: waits in GET /v1/review until an editor clears it or merges it. */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    public static Optional<Person> byId(String id) {
        return findByIdOptional(id);
    }

    public static Optional<Person> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Person> affiliatedWith(String entityId) {
        return list("select distinct p from Person p join p.affiliations a where a.entity.id = ?1", entityId);
    }

    public static long countAffiliatedWith(String entityId) {
        return find("select count(distinct p) from Person p join p.affiliations a where a.entity.id = ?1", entityId)
                .project(Long.class).singleResult();
    }

    /**
     * Loads the aliases, external ids and affiliations (with their entities) of a page of people in three
     * statements, whatever the page size (instead of three or more per person when touched lazily while mapping).
     */
    public static void fetchDetails(List<Person> page) {
        if (page.isEmpty()) {
            return;
        }
        var em = getEntityManager();
        InLists.query(em, "select p from Person p left join fetch p.aliases where p in :page", Person.class, "page", page)
                .getResultList();
        InLists.query(em, "select p from Person p left join fetch p.sameAs where p in :page", Person.class, "page", page)
                .getResultList();
        InLists.query(em, "select p from Person p left join fetch p.affiliations a left join fetch a.entity where p in :page",
                Person.class, "page", page).getResultList();
    }

    @Override
    public ResourceType resourceType() {
        return ResourceType.person;
    }
}
