package dev.lede.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the people, entities and sources lists. */
public class CatalogParams {
    @QueryParam("kind")
    @Parameter(description = "Only items of this kind.")
    public String kind;

    @QueryParam("q")
    @Parameter(description = "Only items whose name or one of whose aliases starts with this text (case-insensitive).",
            example = "kir")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Sort order: name, -name, updatedAt or -updatedAt (default name). Ties break on id.",
            example = "name")
    public String sort;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 100 (default 20).", example = "20")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page. Opaque; only valid with the same filters and sort.")
    public String cursor;

    @QueryParam("includeTotal")
    @Parameter(description = "Also count all matching items (meta.total). Costs a second query.", example = "false")
    public String includeTotal;

    @QueryParam("fields")
    @Parameter(description = "Comma-separated fields to return (id is always returned).", example = "name,slug")
    public List<String> fields;
}
