package dev.lede.platform.slug;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which slugs of one resource type are in use (a current slug, or an old one that redirects), fetched for many
 * candidate slugs at once, plus the slugs a batch of writes has taken meanwhile: the "in use" test of
 * {@link Slugger#choose(String, String, java.util.function.Predicate)} for a batch without one query per write.
 * A slug that was not fetched (a suffixed candidate after a collision) is asked of the database on its own.
 */
public final class SlugsInUse {
    /** Asks the database whether another resource than {@code selfId} has the slug as current slug. */
    public interface Taken {
        boolean test(String slug, String selfId);
    }

    private final ResourceType type;
    private final Taken taken;
    /** Slugs known to be in use, each with the resources holding it (current slug or redirect). */
    private final Map<String, Set<String>> owners = new HashMap<>();
    /** Slugs whose use is known: the ones above and the free ones among those fetched. */
    private final Set<String> known = new HashSet<>();

    private SlugsInUse(ResourceType type, Taken taken) {
        this.type = type;
        this.taken = taken;
    }

    /** Two queries for all candidates: current slugs of {@code entity} (a JPQL entity name) and old slugs. */
    public static SlugsInUse fetch(EntityManager em, ResourceType type, String entity, Collection<String> candidates,
                                   Taken taken) {
        SlugsInUse slugs = new SlugsInUse(type, taken);
        for (var chunk : Lookup.chunks(new HashSet<>(candidates))) {
            slugs.known.addAll(chunk);
            InLists.query(em, "select x.slug, x.id from " + entity + " x where x.slug in :slugs", Object[].class, "slugs", chunk)
                    .getResultList()
                    .forEach(row -> slugs.claim((String) row[0], (String) row[1]));
        }
        SlugRedirect.targets(type, candidates).forEach(slugs::claim);
        return slugs;
    }

    /** Whether another resource than {@code selfId} holds the slug, now or as an old slug that redirects to it. */
    public boolean inUse(String slug, String selfId) {
        if (known.contains(slug)) {
            return owners.getOrDefault(slug, Set.of()).stream().anyMatch(owner -> !owner.equals(selfId));
        }
        return taken.test(slug, selfId) || Slugger.redirectsElsewhere(type, slug, selfId);
    }

    /** Records the slug a resource of this batch took, so later writes of the batch avoid it. */
    public void claim(String slug, String resourceId) {
        known.add(slug);
        owners.computeIfAbsent(slug, s -> new HashSet<>()).add(resourceId);
    }
}
