package dev.lede.quote;

import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.security.Entitlements;
import java.util.HashMap;
import java.util.Map;

/**
 * A quote list as a client asked for it, already checked at the edge: the speaker and article it is filtered by (ids
 * or slugs, resolved by the service; null for any), whether scare quotes are listed, the sort, the page, and what the
 * caller's key is entitled to (quotes of articles outside it are not listed).
 */
public record QuoteQuery(String person, String entity, String article, boolean fragments, SortKey sort, PageRequest page,
                         Entitlements entitlements) {
    static final Map<String, SortKey> SORTS = new HashMap<>();

    static {
        SORTS.putAll(SortKey.both("createdAt", "q.createdAt", true));
        SORTS.put("offset", SortKey.numeric("offset", "coalesce(q.offset, 0)"));
    }

    /** The sort a list takes unless asked otherwise: an article's quotes in their order, others newest first. */
    static String defaultSort(boolean ofOneArticle) {
        return ofOneArticle ? "offset" : "-createdAt";
    }
}
