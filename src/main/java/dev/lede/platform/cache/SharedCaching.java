package dev.lede.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Locale;

/**
 * The headers that let shared caches keep a public read, computed once per stored response (a hit repeats them, so
 * it costs what it did before): Cache-Control by kind, Last-Modified, and the keys a CDN purges it by.
 *
 * <p><b>Last-Modified</b> is the second the response's computation started, not the newest {@code updatedAt} it
 * shows: a list's newest item says nothing of an item deleted from it, a rename of an embedded person or a withdrawal.
 * Every change that can alter a response makes the cache compute it again, later, so a newer representation always
 * has a later date, never an earlier one. HTTP-dates count whole seconds: a response computed in the same second as a
 * change could otherwise carry the date of the one it replaced, so such a response's own date does not match
 * If-Modified-Since (only a later one does), and a client holding the older one is never told 304.
 */
@ApplicationScoped
public class SharedCaching {
    /** What a response is, for how long it may be kept (lede.cdn.items, lists, feeds). */
    public enum Kind { ITEM, LIST, FEED }

    /**
     * The headers of one public response: {@code notModifiedFrom} is the earliest If-Modified-Since (epoch second)
     * that is answered 304.
     */
    public record Headers(String cacheControl, String lastModified, long notModifiedFrom, String surrogateKey,
            String cacheTag) {
    }

    private final String items;
    private final String lists;
    private final String feeds;
    private final int maxKeyBytes;

    public SharedCaching(CdnConfig config) {
        this.items = cacheControl(config.items());
        this.lists = cacheControl(config.lists());
        this.feeds = cacheControl(config.feeds());
        this.maxKeyBytes = config.surrogateKeyMaxBytes();
    }

    /** A feed by its media type (RSS, Atom, JSON Feed); else a list when it belongs to one, else an item. */
    static Kind kindOf(String mediaType, ListScope list) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/rss+xml") || type.startsWith("application/atom+xml")
                || type.startsWith("application/feed+json")) {
            return Kind.FEED;
        }
        return list == null ? Kind.ITEM : Kind.LIST;
    }

    /**
     * @param startedMillis when the response's computation started
     * @param lastChangeMillis when the cache last saw a change (read after the computation)
     */
    Headers headers(Kind kind, Collection<String> dependsOn, long startedMillis, long lastChangeMillis) {
        long second = Math.floorDiv(startedMillis, 1000);
        boolean changedThatSecond = Math.floorDiv(lastChangeMillis, 1000) >= second;
        SurrogateKeys.Header keys = SurrogateKeys.header(dependsOn, maxKeyBytes);
        return new Headers(cacheControl(kind), HttpDates.format(second), changedThatSecond ? second + 1 : second,
                keys.spaced(), keys.commas());
    }

    String cacheControl(Kind kind) {
        return switch (kind) {
            case ITEM -> items;
            case LIST -> lists;
            case FEED -> feeds;
        };
    }

    private static String cacheControl(CdnConfig.Freshness freshness) {
        return "public, max-age=" + freshness.maxAge().toSeconds()
                + ", stale-while-revalidate=" + freshness.staleWhileRevalidate().toSeconds();
    }

    /**
     * RFC 9110 13.2.2: If-None-Match decides when sent (If-Modified-Since is then ignored); else If-Modified-Since, when
     * it is a valid date not after now, is answered 304 from the response's own date on.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, long notModifiedFrom) {
        if (ifNoneMatch != null) {
            return Representations.notModified(ifNoneMatch, etag);
        }
        if (ifModifiedSince == null) {
            return false;
        }
        long since = HttpDates.parse(ifModifiedSince);
        return since != HttpDates.INVALID && since >= notModifiedFrom
                && since <= Math.floorDiv(System.currentTimeMillis(), 1000);
    }
}
