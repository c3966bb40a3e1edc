package dev.lede.platform.cache;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The generic types a stored feed is also answered to. The feed operations produce their own type and, for readers that
 * ask for XML or JSON in general, {@code application/xml}, {@code text/xml} or {@code application/json}, answering
 * with the feed's own type all the same; so the cached feed is the answer to those Accept values too, and a reader
 * that sends one is a hit like any other (it missed every time before, and stored the same bytes again).
 */
final class StoredTypes {
    private static final Set<String> XML = Set.of("application/xml", "text/xml");
    private static final Map<String, Set<String>> GENERIC = Map.of(
            "application/rss+xml", XML,
            "application/atom+xml", XML,
            "application/feed+json", Set.of("application/json"));

    private StoredTypes() {
    }

    /** Whether {@code range} (a bare media range, no parameters) is a generic type the stored type is answered to. */
    static boolean generic(String range, String storedType) {
        String stored = storedType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return GENERIC.getOrDefault(stored, Set.of()).contains(range.trim().toLowerCase(Locale.ROOT));
    }
}
