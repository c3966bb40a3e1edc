package dev.lede.article;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.security.Entitlements;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article list as a client asked for it, already checked at the edge: the people, entities and sources it is
 * narrowed to (ids or slugs, resolved by the service; empty for any), the other filters (null for any), the publishing
 * state to list (null for all), the sort, the embeds to include, whether items carry their body, the page, and what
 * the caller's key is entitled to (the list shows nothing outside it).
 */
public record ArticleQuery(Set<String> people, Set<String> entities, Set<String> sources, String section, Set<String> tags,
                           String language, Instant publishedAfter, Instant publishedBefore, Instant updatedSince,
                           ArticleStatus status, SortKey sort, Set<String> include, boolean withBody, PageRequest page,
                           Entitlements entitlements) {
    /** Sorts when only published articles are listed: every row has a publishedAt. */
    static final Map<String, SortKey> SORTS = new HashMap<>();
    /** Sorts when drafts may be listed: a draft without publishedAt sorts by its creation time. */
    static final Map<String, SortKey> SORTS_WITH_DRAFTS = new HashMap<>();
    /** The most values one repeated filter (person, entity, source, tag) takes. */
    static final int MAX_VALUES = 100;

    static {
        SORTS.putAll(SortKey.both("publishedAt", "a.publishedAt", true));
        SORTS_WITH_DRAFTS.putAll(SortKey.both("publishedAt", "coalesce(a.publishedAt, a.createdAt)", true));
        for (Map<String, SortKey> sorts : List.of(SORTS, SORTS_WITH_DRAFTS)) {
            sorts.putAll(SortKey.both("updatedAt", "a.updatedAt", true));
            sorts.putAll(SortKey.both("headline", "a.headline", false));
        }
    }

    /** The status filter: published unless a caller with a key asks for another state (or "all", null). */
    static ArticleStatus statusOf(String raw, boolean admin) {
        if (raw == null || raw.equals("published")) {
            return ArticleStatus.published;
        }
        if (!admin) {
            throw Failure.unauthenticated("an API key is required to list articles that are not published");
        }
        if (raw.equals("all")) {
            return null;
        }
        for (ArticleStatus status : ArticleStatus.values()) {
            if (status.name().equals(raw)) {
                return status;
            }
        }
        throw Failure.invalid("status", "unknown value '" + raw + "'; allowed: published, draft, withdrawn, killed, taken_down, embargoed, all");
    }

    static SortKey sortOf(String raw, ArticleStatus status) {
        return SortKey.parse(raw, "-publishedAt", status == ArticleStatus.published ? SORTS : SORTS_WITH_DRAFTS);
    }

    /** The distinct values of a repeated filter, trimmed (empty when absent); 400 beyond {@value #MAX_VALUES} of them. */
    static Set<String> distinct(String field, List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        if (values != null) {
            values.forEach(value -> distinct.add(value.trim()));
        }
        if (distinct.size() > MAX_VALUES) {
            throw Failure.invalid(field, "at most " + MAX_VALUES + " values, not " + distinct.size());
        }
        return distinct;
    }
}
