package dev.lede.platform.cache;

import dev.lede.platform.security.SentKeys;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers anonymous GETs from {@link ResponseCache} before any database work (most hits are answered earlier still,
 * by {@link EarlyHits}, with the same bytes and headers): 304 when If-None-Match names
 * the stored ETag, else the stored bytes. A request that sends a key is served here only when its key is shown what
 * anonymous readers are (no {@code content:read}, no entitlements: {@code SentKeys.sharesPublicViews}, decided when the
 * key was authenticated, before routing, as asking for the identity here, on the IO thread, could block); any other
 * key holder's request goes to the database.
 *
 * <p>On a miss, one request computes the response; others that miss the same key meanwhile wait for it (without
 * holding a thread) and are then answered from the cache. After a write evicts a popular list, its 30 concurrent
 * readers cost one query instead of 30. A waiter that finds nothing stored (the response was an error, or a write
 * committed meanwhile) computes its own.
 */
public class ResponseCacheFilter {
    private static final String WAITING = ResponseCacheFilter.class.getName() + ".waiting";
    /** A HEAD is a GET without the body (the transport drops it): the same entry, headers and 304s. */
    private static final java.util.Set<String> CACHED_METHODS = java.util.Set.of("GET", "HEAD");
    private final ResponseCache cache;
    private final CacheTicket ticket;

    public ResponseCacheFilter(ResponseCache cache, CacheTicket ticket) {
        this.cache = cache;
        this.ticket = ticket;
    }

    /**
     * A hit is answered here, synchronously; a miss either leads (goes on to compute) or is left to {@link #await}.
     * Null means "go on": a filter that returns a value rather than a Uni costs RESTEasy no suspend and resume, and
     * this one runs on every request.
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 100, nonBlocking = true)
    public Response lookup(ContainerRequestContext request, HttpServerRequest sent, ResourceInfo resource) {
        if (!CACHED_METHODS.contains(request.getMethod()) || !SentKeys.sharesPublicViews(request) || !sent.path()
                .startsWith("/v1/") || unshared(resource)) {
            return null;
        }
        String key = ResponseCache.keyOf(sent);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        String acceptEncoding = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        ResponseCache.Entry hit = cache.get(key);
        if (hit != null) {
            // An Accept that takes no type this URL has (text/html alone) must reach the REST layer, which refuses it (406).
            return takes(request, hit.mediaType())
                    ? Representations.fromCache(hit, ifNoneMatch, ifModifiedSince, acceptEncoding) : null;
        }
        long generation = cache.generation();
        ResponseCache.Miss miss = cache.miss(key);
        ticket.issue(key, generation, miss.leads());
        if (miss.leads() == null) {
            request.setProperty(WAITING, new Waiting(key, ifNoneMatch, ifModifiedSince, acceptEncoding, miss));
        }
        return null;
    }

    /**
     * Whether the request's Accept takes this stored type (by a range with a q above 0; wildcards count, and so do the
     * generic types a feed is also produced for, {@link StoredTypes#generic}).
     */
    static boolean takes(ContainerRequestContext request, String mediaType) {
        MediaType stored = MediaType.valueOf(mediaType);
        List<MediaType> accepted;
        try {
            accepted = request.getAcceptableMediaTypes();
        } catch (RuntimeException unparsable) {
            return false; // not served from the cache: the REST layer answers it (or refuses it)
        }
        for (MediaType range : accepted) {
            String q = range.getParameters().get("q");
            boolean names = range.isCompatible(stored)
                    || StoredTypes.generic(range.getType() + "/" + range.getSubtype(), mediaType);
            if (names && (q == null || !q.matches("0(\\.0*)?"))) {
                return true;
            }
        }
        return false;
    }

    /** A miss that another request is computing: waits for it (without holding a thread), then looks again. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 101, nonBlocking = true)
    public Uni<Response> await(ContainerRequestContext request) {
        if (!(request.getProperty(WAITING) instanceof Waiting waiting)) {
            return null;
        }
        // Runs on the thread that completes the wait: only the cache and values captured above, no request scope.
        return Uni.createFrom().completionStage(waiting.miss().waitFor())
                .ifNoItem().after(ResponseCache.LEADER_PATIENCE).recoverWithItem((Void) null)
                .onFailure().recoverWithItem((Void) null)
                .emitOn(Infrastructure.getDefaultExecutor()) // not on the computing request's thread, which is answering
                .map(done -> {
                    ResponseCache.Entry stored = cache.get(waiting.key());
                    return stored == null ? null : Representations.fromCache(stored, waiting.ifNoneMatch(),
                            waiting.ifModifiedSince(), waiting.acceptEncoding());
                });
    }

    private record Waiting(String key, String ifNoneMatch, String ifModifiedSince, String acceptEncoding,
            ResponseCache.Miss miss) {
    }

    private static boolean unshared(ResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type != null && type.isAnnotationPresent(Unshared.class);
    }

    /** What no cache may keep says so (an error, answered before, has its own headers). */
    @ServerResponseFilter
    public void markUnshared(ContainerResponseContext response, ResourceInfo resource) {
        if (unshared(resource) && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Lets the requests waiting for this one look again, whatever its outcome (stored, error, not kept). */
    @ServerResponseFilter
    public void release() {
        if (ticket.key() != null && ticket.leads() != null) {
            cache.computed(ticket.key(), ticket.leads());
        }
    }
}
