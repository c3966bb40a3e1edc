package dev.lede.slug;

import dev.lede.api.ApiException;
import dev.lede.api.MovedException;
import dev.lede.changelog.ResourceType;
import dev.lede.common.Ids;
import dev.lede.common.StoredResource;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the {@code {idOrSlug}} of a URL: by id, then by current slug, then by an old slug (which answers
 * with a redirect to the current one), else 404.
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
        throw ApiException.notFound(type.name(), key);
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
     * {@link #find} for many keys at once: the same answer for each key (id, then current slug, then old slug) in
     * one query per {@value #CHUNK} keys plus one for old slugs when some key matched nothing, instead of one or
     * more queries per key. {@code fetch} is a join clause on the alias {@code x} (e.g. {@code left join fetch
     * x.aliases}) for what the caller reads next. Keys that match nothing are absent from the answer.
     */
    public static <T extends StoredResource> Map<String, T> findAll(EntityManager em, ResourceType type, Class<T> entity,
                                                                    String fetch, Collection<String> keys) {
        Set<String> distinct = new LinkedHashSet<>(keys);
        Map<String, T> byId = new HashMap<>();
        Map<String, T> bySlug = new HashMap<>();
        String select = "select distinct x from " + em.getMetamodel().entity(entity).getName() + " x " + fetch;
        // Two queries rather than one with "id in .. or slug in ..": databases (H2 at least) scan the whole table
        // for such an OR instead of using the two indexes.
        List<String> ids = distinct.stream().filter(Ids::looksLikeId).toList();
        for (List<String> chunk : chunks(ids)) {
            em.createQuery(select + " where x.id in :keys", entity).setParameter("keys", chunk).getResultList()
                    .forEach(found -> byId.put(found.id, found));
        }
        for (List<String> chunk : chunks(distinct)) {
            em.createQuery(select + " where x.slug in :keys", entity).setParameter("keys", chunk).getResultList()
                    .forEach(found -> bySlug.put(found.slug, found));
        }
        Map<String, T> result = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : distinct) {
            T found = Ids.looksLikeId(key) ? byId.get(key) : null;
            found = found != null ? found : bySlug.get(key);
            if (found != null) {
                result.put(key, found);
            } else {
                missing.add(key);
            }
        }
        Map<String, String> renamed = SlugRedirect.targets(type, missing);
        if (!renamed.isEmpty()) {
            Map<String, T> targets = new HashMap<>();
            em.createQuery(select + " where x.id in :ids", entity).setParameter("ids", renamed.values()).getResultList()
                    .forEach(found -> targets.put(found.id, found));
            renamed.forEach((slug, id) -> {
                if (targets.containsKey(id)) {
                    result.put(slug, targets.get(id));
                }
            });
        }
        return result;
    }

    /** Keys per query: well below the bind-parameter limits of H2 and PostgreSQL (each key may be bound twice). */
    static final int CHUNK = 1000;

    static List<List<String>> chunks(Collection<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
