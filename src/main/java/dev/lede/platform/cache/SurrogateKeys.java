package dev.lede.platform.cache;

import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys a CDN can purge a response by (Fastly's Surrogate-Key, Cloudflare's Cache-Tag), made from what the response
 * cache records a response depends on: each resource id as it is, each list marker as a readable key
 * ({@code articles}: the lists of articles that are not narrowed; {@code articles:<id>}: the article lists narrowed to
 * one person, entity or source; {@code articles:search}: search results; {@code articles:all}: every article list).
 * A write's purge names the same keys for what it changed ({@link #purged}), so both sides follow one mapping.
 */
final class SurrogateKeys {
    /** On every response: purging it empties the CDN of Lede's responses (a purge queue that overflowed sends it). */
    static final String ALL = "lede:all";
    /** On a response whose ids did not fit the header's limit, instead of them: every write's purge names it. */
    static final String ANY_CHANGE = "lede:any-change";

    private static final Map<String, String> FIXED = new HashMap<>();
    private static final Map<String, String> NARROWED = new HashMap<>();

    static {
        for (ResourceType type : ResourceType.values()) {
            String plural = plural(type);
            FIXED.put(ListMarkers.every(type), plural + ":all");
            FIXED.put(ListMarkers.unnarrowed(type), plural);
            FIXED.put(ListMarkers.searched(type), plural + ":search");
            NARROWED.put(ListMarkers.narrowedTo(type, ""), plural + ":");
        }
    }

    private SurrogateKeys() {
    }

    /** The two header values: keys separated by spaces (Surrogate-Key) and by commas (Cache-Tag). */
    record Header(String spaced, String commas) {
    }

    /**
     * The keys of a response that depends on these ids and markers: {@link #ALL}, its list keys, then its ids, unless
     * the value would pass {@code maxBytes}: then {@link #ANY_CHANGE} stands for the ids (a CDN then drops the
     * response at every write, never too late).
     */
    static Header header(Collection<String> dependsOn, int maxBytes) {
        Set<String> lists = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        for (String dependency : dependsOn) {
            String list = listKey(dependency);
            if (list != null) {
                lists.add(list);
            } else {
                ids.add(safe(dependency));
            }
        }
        List<String> keys = new ArrayList<>();
        keys.add(ALL);
        keys.addAll(lists);
        keys.addAll(ids);
        String spaced = String.join(" ", keys);
        if (spaced.length() > maxBytes) {
            keys.removeAll(ids);
            keys.add(ANY_CHANGE);
            spaced = String.join(" ", keys);
            if (spaced.length() > maxBytes) {
                keys = List.of(ALL);
                spaced = ALL;
            }
        }
        return new Header(spaced, String.join(",", keys));
    }

    /** The keys a committed change makes stale: the resource, what embeds it, the lists it moved, and {@link #ANY_CHANGE}. */
    static Set<String> purged(String resourceId, Collection<String> embeddedIn, Collection<String> listsChanged) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(of(resourceId));
        embeddedIn.forEach(id -> keys.add(of(id)));
        listsChanged.forEach(marker -> keys.add(of(marker)));
        keys.add(ANY_CHANGE);
        return keys;
    }

    /** The key of one id or list marker. */
    static String of(String dependency) {
        String list = listKey(dependency);
        return list != null ? list : safe(dependency);
    }

    private static String listKey(String dependency) {
        String fixed = FIXED.get(dependency);
        if (fixed != null) {
            return fixed;
        }
        int at = dependency.indexOf('@');
        if (at < 0) {
            return null;
        }
        String prefix = NARROWED.get(dependency.substring(0, at + 1));
        return prefix == null ? null : prefix + safe(dependency.substring(at + 1));
    }

    /** Ids are UUIDs; anything else is kept to characters both CDNs take in a key (no space, comma or control). */
    private static String safe(String key) {
        StringBuilder safe = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c > ' ' && c < 127 && c != ',' && c != '"';
            if (!ok && safe == null) {
                safe = new StringBuilder(key.substring(0, i));
            }
            if (safe != null) {
                safe.append(ok ? c : '_');
            }
        }
        return safe == null ? key : safe.toString();
    }

    private static String plural(ResourceType type) {
        return switch (type) {
            case person -> "people";
            case entity -> "entities";
            default -> type.name() + "s";
        };
    }
}
