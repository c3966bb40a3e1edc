package dev.lede.platform.web;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.PageRequest;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * Query parameters that every list takes: paging, total, and sparse fields. Sort is documented per list. What the
 * OpenAPI document says of each parameter of a list is data, in META-INF/api-docs/parameters.json (the catalog's
 * documentation filter puts it in): the beans only bind them.
 */
public class ListParams {
    @QueryParam("limit") public String limit;
    @QueryParam("cursor") public String cursor;
    @QueryParam("includeTotal") public String includeTotal;
    @QueryParam("fields") public List<String> fields;

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
