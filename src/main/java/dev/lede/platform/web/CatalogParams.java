package dev.lede.platform.web;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the people, entities and sources lists (entities and sources also filter by kind). */
public class CatalogParams extends ListParams {
    @QueryParam("q")
    @Parameter(description = "Only items whose name or one of whose aliases starts with this text (case-insensitive).",
            example = "kir")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Sort order: name, -name, updatedAt or -updatedAt (default name). Ties break on id.",
            example = "name")
    public String sort;

    /** The query these parameters ask for, checked in the order a client reads errors: page, then sort. */
    public CatalogQuery query(LedeConfig.Api bounds, Map<String, SortKey> sorts) {
        PageRequest page = page(bounds);
        return new CatalogQuery(q, SortKey.parse(sort, "name", sorts), page);
    }

    /** Catalogs whose items have a kind (entities, sources). */
    public static class WithKind extends CatalogParams {
        @QueryParam("kind")
        @Parameter(description = "Only items of this kind.")
        public String kind;

        /** The kind asked for, or null for every kind. */
        public <K extends Enum<K>> K kind(Class<K> kinds) {
            return kind == null ? null : Params.enumValue("kind", kind, kinds);
        }
    }
}
