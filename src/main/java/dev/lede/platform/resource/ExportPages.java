package dev.lede.platform.resource;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Walks every stored resource of a type for an export, a page at a time in id order: the primary key's index, so
 * each page costs the same however far the walk is (ids are time-ordered, so this is about creation order too).
 */
public final class ExportPages {
    private ExportPages() {
    }

    /** The next {@code limit} resources after {@code afterId} (from the first when null). */
    public static <E extends StoredResource> List<E> after(EntityManager em, Class<E> type, String afterId, int limit) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.id > :after order by x.id", type)
                .setParameter("after", afterId == null ? "" : afterId).setMaxResults(limit).getResultList();
    }
}
