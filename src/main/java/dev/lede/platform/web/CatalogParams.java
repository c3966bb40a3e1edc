package dev.lede.platform.web;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/**
 * Query parameters of the people, entities and sources lists (entities and sources also filter by kind); documented in
 * META-INF/api-docs/parameters.json, as every list's.
 */
public class CatalogParams extends ListParams {
    @QueryParam("q") public String q;
    @QueryParam("sort") public String sort;

    /** The query these parameters ask for, checked in the order a client reads errors: page, then sort. */
    public CatalogQuery query(LedeConfig.Api bounds, Map<String, SortKey> sorts) {
        PageRequest page = page(bounds);
        return new CatalogQuery(q, SortKey.parse(sort, "name", sorts), page);
    }

    /** Catalogs whose items have a kind (entities, sources). */
    public static class WithKind extends CatalogParams {
        @QueryParam("kind") public String kind;

        /** The kind asked for, or null for every kind. */
        public <K extends Enum<K>> K kind(Class<K> kinds) {
            return kind == null ? null : Params.enumValue("kind", kind, kinds);
        }
    }
}
