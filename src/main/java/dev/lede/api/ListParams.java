package dev.lede.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters that every list takes: paging, total, and sparse fields. Sort is documented per list. */
public class ListParams {
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
    @Parameter(description = "Comma-separated (or repeated) fields to return for each item; id is always returned.")
    public List<String> fields;

    public PageRequest page(LedeConfig.Api bounds) {
        return PageRequest.of(limit, cursor, includeTotal, bounds);
    }
}
