package dev.lede.platform.web;

import jakarta.ws.rs.QueryParam;
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

    /** Catalogs whose items have a kind (entities, sources). */
    public static class WithKind extends CatalogParams {
        @QueryParam("kind")
        @Parameter(description = "Only items of this kind.")
        public String kind;
    }
}
