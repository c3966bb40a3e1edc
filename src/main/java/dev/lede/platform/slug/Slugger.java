package dev.lede.platform.slug;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.text.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses slugs and remembers old ones. A slug is unique per resource type, among both current slugs and
 * old ones that still redirect, so a new resource never hijacks a link that used to point elsewhere.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Slugger {
    private final EntityManager em;

    public Slugger(EntityManager em) {
        this.em = em;
    }

    /**
     * The slug for a resource: the requested one (validated, must be free) or one derived from its name,
     * made unique with a numeric suffix (see {@link #firstFree}).
     */
    public String choose(ResourceType type, String requested, String name, String selfId, Predicate<String> taken) {
        return choose(requested, name, selfId, slug -> taken.test(slug) || redirectsElsewhere(type, slug, selfId));
    }

    /**
     * Like {@link #choose(ResourceType, String, String, String, Predicate)} with one test for "in use" (a current
     * slug of another resource, or an old one redirecting to another): for writers that know it for many slugs at
     * once instead of asking the database for each.
     */
    public String choose(String requested, String name, String selfId, Predicate<String> inUse) {
        if (requested != null) {
            if (!Slugs.isValid(requested)) {
                throw Failure.invalid("slug", "must be lower-case letters, digits and single hyphens, at most "
                        + Slugs.MAX_LENGTH + " characters");
            }
            if (inUse.test(requested)) {
                throw Failure.conflictOn("slug", "slug '" + requested + "' is already in use");
            }
            return requested;
        }
        return firstFree(Slugs.fromText(name), selfId, inUse);
    }

    /**
     * The first free of base, base-2 ... base-{@value Slugs#NUMBERED}, then of the base with a suffix from the
     * resource's id, then (should even that be taken) of the numbers after. Writers choosing many slugs at once ask
     * the same rule with what they fetched, so both give the same slugs.
     */
    public static String firstFree(String base, String selfId, Predicate<String> inUse) {
        for (int n = 1; n <= Slugs.NUMBERED; n++) {
            if (!inUse.test(Slugs.numbered(base, n))) {
                return Slugs.numbered(base, n);
            }
        }
        String byId = Slugs.withIdSuffix(base, selfId);
        if (!inUse.test(byId)) {
            return byId;
        }
        for (int n = Slugs.NUMBERED + 1; ; n++) {
            if (!inUse.test(Slugs.numbered(base, n))) {
                return Slugs.numbered(base, n);
            }
        }
    }

    /** Records that {@code oldSlug} now redirects to the resource, and drops a redirect its new slug had. */
    public void renamed(ResourceType type, String resourceId, String oldSlug, String newSlug) {
        if (oldSlug.equals(newSlug)) {
            return;
        }
        SlugRedirect.of(type, newSlug).ifPresent(em::remove);
        SlugRedirect redirect = new SlugRedirect();
        redirect.key = new SlugRedirect.Key(type, oldSlug);
        redirect.resourceId = resourceId;
        redirect.createdAt = Times.now();
        em.persist(redirect);
    }

    /**
     * Makes these old slugs of an imported resource redirect to it again; one that redirects elsewhere, or is the
     * current slug of another resource, is refused.
     */
    public void restoreRedirects(ResourceType type, String resourceId, List<String> oldSlugs, Predicate<String> currentElsewhere) {
        java.time.Instant restoredAt = Times.now();
        for (int i = 0; i < oldSlugs.size(); i++) {
            String slug = oldSlugs.get(i);
            if (currentElsewhere.test(slug) || SlugRedirect.of(type, slug).isPresent()) {
                throw Failure.conflictOn("meta.oldSlugs[" + i + "]", "slug '" + slug + "' is already in use");
            }
            SlugRedirect redirect = new SlugRedirect();
            redirect.key = new SlugRedirect.Key(type, slug);
            redirect.resourceId = resourceId;
            redirect.createdAt = restoredAt.plus(i, java.time.temporal.ChronoUnit.MICROS); // keeps their order
            em.persist(redirect);
        }
    }

    /**
     * A resource was folded into another (a merge): its current slug and every old one now redirect to the other, so
     * links to the duplicate keep working. Its slug is free of redirects (a current slug never has one).
     */
    public void folded(ResourceType type, String fromId, String fromSlug, String toId) {
        em.createQuery("update SlugRedirect r set r.resourceId = :to where r.resourceId = :from and r.key.type = :type")
                .setParameter("to", toId).setParameter("from", fromId).setParameter("type", type).executeUpdate();
        SlugRedirect redirect = new SlugRedirect();
        redirect.key = new SlugRedirect.Key(type, fromSlug);
        redirect.resourceId = toId;
        redirect.createdAt = Times.now();
        em.persist(redirect);
    }

    public void forget(String resourceId) {
        SlugRedirect.deleteFor(resourceId);
    }

    public static boolean redirectsElsewhere(ResourceType type, String slug, String selfId) {
        return SlugRedirect.of(type, slug).map(r -> !r.resourceId.equals(selfId)).orElse(false);
    }
}
