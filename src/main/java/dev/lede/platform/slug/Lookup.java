package dev.lede.platform.slug;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.MovedException;
import dev.lede.platform.persistence.Ids;
import dev.lede.platform.persistence.InLists;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the {@code {idOrSlug}} of a URL: by id, then by current slug, then by an old slug (which answers
 * with a redirect to the current one), else fails (not found).
 */
public final class Lookup {
    private Lookup() {
    }

    public static <T> T resolve(ResourceType type, String key, Function<String, Optional<T>> byId,
                                Function<String, Optional<T>> bySlug, Function<T, String> slugOf) {
        Optional<T> found = Ids.looksLikeId(key) ? byId.apply(key) : Optional.empty();
        if (found.isEmpty()) {
            found = bySlug.apply(key);
        }
        if (found.isPresent()) {
            return found.get();
        }
        Optional<T> renamed = SlugRedirect.of(type, key).flatMap(redirect -> byId.apply(redirect.resourceId));
        if (renamed.isPresent()) {
            throw new MovedException(key, slugOf.apply(renamed.get()));
        }
        throw Failure.notFound(type.name(), key);
    }

    /** Like {@link #resolve}, for references inside a body: an old slug silently means the renamed resource. */
    public static <T> Optional<T> find(ResourceType type, String key, Function<String, Optional<T>> byId,
                                       Function<String, Optional<T>> bySlug) {
        Optional<T> found = Ids.looksLikeId(key) ? byId.apply(key) : Optional.empty();
        if (found.isEmpty()) {
            found = bySlug.apply(key);
        }
        if (found.isEmpty()) {
            found = SlugRedirect.of(type, key).flatMap(redirect -> byId.apply(redirect.resourceId));
        }
        return found;
    }

    /**
     * {@link #find} for many keys at once, answering ids: the same resource for each key (id, then current slug,
     * then old slug) in a query for ids and one for slugs (per {@value #CHUNK} keys) plus one for old slugs when
     * some key matched nothing, instead of one or more queries per key. Scalar queries: no entity is loaded into
     * the persistence context. {@code entity} is the JPQL entity name. Keys that match nothing are absent.
     */
    public static Map<String, String> findIds(EntityManager em, ResourceType type, String entity, Collection<String> keys) {
        Set<String> distinct = new LinkedHashSet<>(keys);
        // Two queries rather than one with "id in .. or slug in ..": databases (H2 at least) scan the whole table
        // for such an OR instead of using the two indexes.
        Set<String> ids = new HashSet<>(existing(em, entity, distinct.stream().filter(Ids::looksLikeId).toList()));
        Map<String, String> bySlug = new HashMap<>();
        for (List<String> chunk : chunks(distinct)) {
            InLists.query(em, "select x.slug, x.id from " + entity + " x where x.slug in :keys", Object[].class, "keys", chunk)
                    .getResultList().forEach(row -> bySlug.put((String) row[0], (String) row[1]));
        }
        Map<String, String> result = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : distinct) {
            String id = ids.contains(key) ? key : bySlug.get(key);
            if (id != null) {
                result.put(key, id);
            } else {
                missing.add(key);
            }
        }
        Map<String, String> renamed = SlugRedirect.targets(type, missing);
        if (!renamed.isEmpty()) {
            Set<String> targets = new HashSet<>(existing(em, entity, renamed.values()));
            renamed.forEach((slug, id) -> {
                if (targets.contains(id)) {
                    result.put(slug, id);
                }
            });
        }
        return result;
    }

    private static List<String> existing(EntityManager em, String entity, Collection<String> ids) {
        List<String> found = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            found.addAll(InLists.query(em, "select x.id from " + entity + " x where x.id in :ids", String.class, "ids", chunk)
                    .getResultList());
        }
        return found;
    }

    /**
     * Keys per query: far below the bind-parameter limits of H2 and PostgreSQL, and small enough for H2, which
     * checks each row an index finds against the whole IN list again.
     */
    public static final int CHUNK = 250;

    public static List<List<String>> chunks(Collection<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
