package dev.lede.slug;

import dev.lede.api.ApiException;
import dev.lede.api.MovedException;
import dev.lede.changelog.ResourceType;
import dev.lede.common.Ids;
import java.util.Optional;
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
}
