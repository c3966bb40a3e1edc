package dev.lede.api;

/** {@code limit} and {@code cursor} as given, validated against the configured bounds. */
public record PageRequest(int limit, String cursor, boolean includeTotal) {

    public static PageRequest of(String limit, String cursor, String includeTotal, LedeConfig.Api bounds) {
        return new PageRequest(limitOf(limit, bounds), cursor, Params.bool("includeTotal", includeTotal));
    }

    private static int limitOf(String raw, LedeConfig.Api bounds) {
        if (raw == null) {
            return bounds.defaultPageSize();
        }
        int limit = Params.integer("limit", raw);
        if (limit < 1 || limit > bounds.maxPageSize()) {
            throw ApiException.badRequest("limit", "must be between 1 and " + bounds.maxPageSize());
        }
        return limit;
    }
}
