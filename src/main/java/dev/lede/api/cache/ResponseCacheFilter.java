package dev.lede.api.cache;

import dev.lede.api.Caller;
import dev.lede.api.Representations;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers anonymous GETs from {@link ResponseCache} before any database work: 304 when If-None-Match names
 * the stored ETag, else the stored bytes. Key holders (who may see drafts) always go to the database.
 */
public class ResponseCacheFilter {
    private final ResponseCache cache;
    private final Caller caller;
    private final CacheTicket ticket;

    public ResponseCacheFilter(ResponseCache cache, Caller caller, CacheTicket ticket) {
        this.cache = cache;
        this.caller = caller;
        this.ticket = ticket;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 100, nonBlocking = true)
    public Response lookup(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || caller.isAdmin() || !request.getUriInfo().getPath().startsWith("/v1/")) {
            return null;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        ResponseCache.Entry hit = cache.get(key);
        if (hit == null) {
            ticket.issue(key, cache.generation());
            return null;
        }
        return Representations.fromCache(hit, request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }
}
