package dev.lede.platform.web;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.PageRequest;
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

    /** {@code limit}, {@code cursor} and {@code includeTotal} validated against the configured bounds. */
    public PageRequest page(LedeConfig.Api bounds) {
        return new PageRequest(limitOf(limit, bounds), cursor, Params.bool("includeTotal", includeTotal));
    }

    private static int limitOf(String raw, LedeConfig.Api bounds) {
        if (raw == null) {
            return bounds.defaultPageSize();
        }
        int limit = Params.integer("limit", raw);
        if (limit < 1 || limit > bounds.maxPageSize()) {
            throw Failure.invalid("limit", "must be between 1 and " + bounds.maxPageSize());
        }
        return limit;
    }
}
