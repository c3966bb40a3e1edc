package dev.lede.slug;

import dev.lede.api.ApiException;
import dev.lede.changelog.ResourceType;
import dev.lede.common.Slugs;
import dev.lede.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
     * made unique with a numeric suffix.
     */
    public String choose(ResourceType type, String requested, String name, String selfId, Predicate<String> taken) {
        return choose(requested, name, slug -> taken.test(slug) || redirectsElsewhere(type, slug, selfId));
    }

    /**
     * Like {@link #choose(ResourceType, String, String, String, Predicate)} with one test for "in use" (a current
     * slug of another resource, or an old one redirecting to another): for writers that know it for many slugs at
     * once instead of asking the database for each.
     */
    public String choose(String requested, String name, Predicate<String> inUse) {
        if (requested != null) {
            if (!Slugs.isValid(requested)) {
                throw ApiException.badRequest("slug", "must be lower-case letters, digits and single hyphens, at most "
                        + Slugs.MAX_LENGTH + " characters");
            }
            if (inUse.test(requested)) {
                throw ApiException.conflictOn("slug", "slug '" + requested + "' is already in use");
            }
            return requested;
        }
        String base = Slugs.fromText(name);
        String candidate = base;
        for (int n = 2; inUse.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
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

    public void forget(String resourceId) {
        SlugRedirect.deleteFor(resourceId);
    }

    public static boolean redirectsElsewhere(ResourceType type, String slug, String selfId) {
        return SlugRedirect.of(type, slug).map(r -> !r.resourceId.equals(selfId)).orElse(false);
    }
}
