package dev.lede.discovery;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.web.Params;

/** The {@code limit} parameter of the discovery views: absent means the default, out of range is a 400 naming it. */
final class Limits {
    private Limits() {
    }

    static int parse(String raw, int defaultLimit, int max) {
        if (raw == null) {
            return defaultLimit;
        }
        int limit = Params.integer("limit", raw);
        if (limit < 1 || limit > max) {
            throw Failure.invalid("limit", "must be between 1 and " + max + " but got " + limit);
        }
        return limit;
    }
}
