package dev.lede.changes;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.text.Text;
import dev.lede.platform.web.Params;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The parameters of {@code GET /v1/changes}, checked at the edge: each bad one is a 400 that names it. */
record ChangeParams(ChangeFeedService.Query query, int waitSeconds, boolean includeResource) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** With include=resource each event costs reads of its resource: a page embeds at most this many. */
    static final int MAX_LIMIT_WITH_RESOURCE = 100;
    static final int MAX_WAIT = 30;
    static final String NOW = "now";
    static final String RESOURCE = "resource";

    static ChangeParams parse(String since, String limit, List<String> types, String wait, List<String> include,
                              boolean admin, Entitlements entitled) {
        boolean embed = include(include);
        boolean fromHead = since != null && NOW.equals(since.trim());
        Long after = since == null || fromHead ? null : ChangeCursor.seqOf(since);
        int pageSize = bounded("limit", limit, 1, embed ? MAX_LIMIT_WITH_RESOURCE : MAX_LIMIT, DEFAULT_LIMIT);
        ChangeFeedService.Query query = new ChangeFeedService.Query(after, fromHead, pageSize, types(types), admin, entitled);
        return new ChangeParams(query, bounded("wait", wait, 0, MAX_WAIT, 0), embed);
    }

    private static int bounded(String name, String raw, int min, int max, int absent) {
        if (raw == null) {
            return absent;
        }
        int value = Params.integer(name, raw);
        if (value < min || value > max) {
            throw Failure.invalid(name, "must be between " + min + " and " + max
                    + (name.equals("limit") && max == MAX_LIMIT_WITH_RESOURCE ? " with include=resource" : ""));
        }
        return value;
    }

    private static Set<ResourceType> types(List<String> values) {
        Set<ResourceType> types = EnumSet.noneOf(ResourceType.class);
        for (String name : split(values)) {
            types.add(Params.enumValue("types", name, ResourceType.class));
        }
        return types.isEmpty() ? EnumSet.allOf(ResourceType.class) : types;
    }

    private static boolean include(List<String> values) {
        boolean resource = false;
        for (String name : split(values)) {
            if (!RESOURCE.equals(name.trim())) {
                throw Failure.invalid("include", "the change feed can include only 'resource' but got '"
                        + Text.shorten(name) + "'");
            }
            resource = true;
        }
        return resource;
    }

    private static List<String> split(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(value -> Arrays.stream(value.split(",", -1))).toList();
    }
}
