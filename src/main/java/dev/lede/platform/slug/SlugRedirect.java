package dev.lede.platform.slug;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A slug that a resource had before it was renamed; it keeps resolving (with a redirect) to the resource. */
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public static class Key implements Serializable {
        @Enumerated(EnumType.STRING)
        @Column(name = "resource_type", nullable = false)
        public ResourceType type;

        @Column(name = "old_slug", nullable = false)
        public String oldSlug;

        public Key() {
        }

        public Key(ResourceType type, String oldSlug) {
            this.type = type;
            this.oldSlug = oldSlug;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.type == type && key.oldSlug.equals(oldSlug);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + oldSlug.hashCode();
        }
    }

    public static Optional<SlugRedirect> of(ResourceType type, String slug) {
        return findByIdOptional(new Key(type, slug));
    }

    /** The old slugs of each of these resources (resource id to its old slugs, oldest first), for an export. */
    public static Map<String, List<String>> oldSlugsOf(ResourceType type, Collection<String> resourceIds) {
        Map<String, List<String>> slugs = new HashMap<>();
        for (List<String> chunk : Lookup.chunks(resourceIds)) {
            InLists.query(getEntityManager(), "select r.resourceId, r.key.oldSlug from SlugRedirect r where r.key.type = :type"
                            + " and r.resourceId in :ids order by r.resourceId, r.createdAt, r.key.oldSlug", Object[].class, "ids", chunk)
                    .setParameter("type", type).getResultList()
                    .forEach(row -> slugs.computeIfAbsent((String) row[0], id -> new java.util.ArrayList<>()).add((String) row[1]));
        }
        return slugs;
    }

    /** Where each of these old slugs redirects (old slug to resource id), in one query per chunk of slugs. */
    public static Map<String, String> targets(ResourceType type, Collection<String> slugs) {
        Map<String, String> targets = new HashMap<>();
        for (List<String> chunk : Lookup.chunks(slugs)) {
            InLists.query(getEntityManager(), "select r.key.oldSlug, r.resourceId from SlugRedirect r"
                            + " where r.key.type = :type and r.key.oldSlug in :slugs", Object[].class, "slugs", chunk)
                    .setParameter("type", type).getResultList()
                    .forEach(row -> targets.put((String) row[0], (String) row[1]));
        }
        return targets;
    }

    public static long deleteFor(String resourceId) {
        return delete("resourceId", resourceId);
    }
}
