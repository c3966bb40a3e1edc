package dev.lede.discovery;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.text.Text;
import dev.lede.platform.web.Params;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The parameters of {@code GET /v1/suggest}, checked at the edge: each bad one is a 400 that names it. */
record SuggestParams(String prefix, Set<SuggestType> types, int limit) {
    static final int MAX_QUERY = 100;
    static final int MAX_LIMIT = 10;

    static SuggestParams parse(String q, List<String> types, String limit) {
        if (q == null || q.isBlank()) {
            throw Failure.invalid("q", "required: the text typed so far");
        }
        if (q.codePointCount(0, q.length()) > MAX_QUERY) {
            throw Failure.invalid("q", "at most " + MAX_QUERY + " characters");
        }
        String prefix = Folding.fold(q);
        if (prefix.isEmpty()) {
            throw Failure.invalid("q", "needs a letter or a digit but got '" + Text.shorten(q) + "'");
        }
        return new SuggestParams(prefix, types(types), Limits.parse(limit, MAX_LIMIT, MAX_LIMIT));
    }

    private static Set<SuggestType> types(List<String> values) {
        Set<SuggestType> types = EnumSet.noneOf(SuggestType.class);
        if (values != null) {
            for (String value : values) {
                for (String name : value.split(",", -1)) {
                    types.add(Params.enumValue("types", name, SuggestType.class));
                }
            }
        }
        return types.isEmpty() ? EnumSet.allOf(SuggestType.class) : types;
    }
}
