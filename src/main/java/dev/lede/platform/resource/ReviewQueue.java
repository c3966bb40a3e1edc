package dev.lede.platform.resource;

import dev.lede.platform.changelog.ResourceType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * What waits for an editor in one table (people, entities, quotes marked needsReview): newest first by (createdAt,
 * id), after a keyset position, in one statement that an index on (needs_review, created_at, id) answers. Ids are
 * UUIDv7 and unique across tables, so the pages of several tables merge into one total order.
 */
public final class ReviewQueue {
    private ReviewQueue() {
    }

    /** An item waiting for review: {@code label} is its name (a quote's text). */
    public record Flagged(ResourceType type, String id, String slug, String label, Instant createdAt, long version) {
    }

    /** The keyset position of the last item served: the next page starts below it. */
    public record After(Instant createdAt, String id) {
    }

    /**
     * At most {@code limit} flagged items of the JPQL {@code entity} after {@code after} (null: from the newest), with
     * {@code label} the attribute shown as their name.
     */
    public static List<Flagged> flagged(EntityManager em, ResourceType type, String entity, String label, After after, int limit) {
        String below = after == null ? "" : " and (x.createdAt < :at or (x.createdAt = :at and x.id < :id))";
        TypedQuery<Object[]> query = em.createQuery("select x.id, x.slug, x." + label + ", x.createdAt, x.version from " + entity
                + " x where x.needsReview = true" + below + " order by x.createdAt desc, x.id desc", Object[].class);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList().stream().map(row -> new Flagged(type, (String) row[0], (String) row[1],
                (String) row[2], (Instant) row[3], ((Number) row[4]).longValue())).toList();
    }
}
