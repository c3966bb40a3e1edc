package dev.lede.entity;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.resource.LinkedResource;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/**
 * A country, place, organisation, government body, military unit, agency, company or party named in articles.
 * (Named so because "Entity" is the JPA annotation; the API calls it an entity.)
 */
@Entity(name = "NamedEntity")
@Table(name = "entity")
@AssociationOverride(name = "aliases", joinTable = @JoinTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id")))
@AssociationOverride(name = "sameAs", joinTable = @JoinTable(name = "entity_same_as", joinColumns = @JoinColumn(name = "entity_id")))
public class NamedEntity extends LinkedResource {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntityKind kind;

    /** In parent_id, JPA's default column for the link. */
    @ManyToOne(fetch = FetchType.LAZY)
    public NamedEntity parent;

    @Column(name = "country_code")
    public String countryCode;

    /** Created by an ingest that was not sure of it: waits in GET /v1/review until an editor clears it or merges it. */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    public static List<NamedEntity> childrenOf(String parentId) {
        return list("parent.id", parentId);
    }

    public static long countChildrenOf(String parentId) {
        return count("parent.id", parentId);
    }

    public static Optional<NamedEntity> byId(String id) {
        return findByIdOptional(id);
    }

    public static Optional<NamedEntity> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * Loads the aliases, external ids and parents of a page of entities in three statements, whatever the page
     * size (instead of three per entity when each is touched lazily while mapping).
     */
    public static void fetchDetails(List<NamedEntity> page) {
        if (page.isEmpty()) {
            return;
        }
        var em = getEntityManager();
        for (String fetch : List.of("e.aliases", "e.sameAs", "e.parent")) {
            InLists.query(em, "select e from NamedEntity e left join fetch " + fetch + " where e in :page",
                    NamedEntity.class, "page", page).getResultList();
        }
    }

    @Override
    public ResourceType resourceType() {
        return ResourceType.entity;
    }
}
