package dev.lede.platform.resource;

import dev.lede.platform.slug.Slugger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * What every {@link CatalogService} needs, injected once: the entity manager, the write steps and the slugger, and
 * the lookups that are the same query for each catalog (by id, by slug, is a slug taken).
 */
@ApplicationScoped
public class CatalogStore {
    private final EntityManager em;
    private final ResourceWrites writes;
    private final Slugger slugger;

    public CatalogStore(EntityManager em, ResourceWrites writes, Slugger slugger) {
        this.em = em;
        this.writes = writes;
        this.slugger = slugger;
    }

    EntityManager em() {
        return em;
    }

    ResourceWrites writes() {
        return writes;
    }

    Slugger slugger() {
        return slugger;
    }

    <E extends StoredResource> Optional<E> byId(Class<E> type, String id) {
        return Optional.ofNullable(em.find(type, id));
    }

    <E extends StoredResource> Optional<E> bySlug(Class<E> type, String slug) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.slug = :slug", type)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Whether another resource of the type ({@code exceptId} aside) has the slug now. */
    boolean slugTaken(Class<? extends StoredResource> type, String slug, String exceptId) {
        return em.createQuery("select count(x) from " + type.getSimpleName() + " x where x.slug = :slug and x.id <> :id", Long.class)
                .setParameter("slug", slug).setParameter("id", exceptId == null ? "" : exceptId).getSingleResult() > 0;
    }
}
