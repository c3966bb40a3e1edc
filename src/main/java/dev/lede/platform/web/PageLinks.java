package dev.lede.platform.web;

import dev.lede.platform.persistence.Page;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Builds self and next links relative to the host, so they stay right behind proxies that rewrite it. */
public final class PageLinks {
    private PageLinks() {
    }

    public static Page.Links of(UriInfo uri, String nextCursor) {
        String self = relative(uri.getRequestUri());
        String next = nextCursor == null ? null
                : relative(uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build());
        return new Page.Links(self, next);
    }

    private static String relative(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
