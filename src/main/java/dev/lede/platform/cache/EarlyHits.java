package dev.lede.platform.cache;

import dev.lede.platform.security.KeyIdentities;
import dev.lede.platform.security.RecentKeys;
import dev.lede.platform.security.SentKeys;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Answers the common case of {@link ResponseCacheFilter}'s hits as the request arrives, before Quarkus security and
 * the REST layer: a GET of the API, accepting JSON, whose response the cache holds, from an anonymous caller or a key
 * shown what anonymous readers are and known at once ({@link RecentKeys}: verified within the last second; a partner
 * without entitlements, say, whose reads then cost what anonymous ones do). The answer (bytes and
 * headers) is the one the REST layer would give from the same entry; any other request, and every miss, goes on to
 * the REST layer unchanged, where the cache filter does the rest (waiting misses, other Accept values).
 *
 * <p>Why here: Quarkus sets up every request for lazy authentication (a chain of Mutiny steps, each capturing the
 * thread contexts) and, with metrics on, rebuilds the REST layer's path matcher for it (its failure handler's URL
 * template). Together these cost a cached read more than the cache itself; an anonymous hit needs neither.
 */
@ApplicationScoped
public class EarlyHits {
    /** After CORS (300), which answers preflights and adds its headers, before authentication (200). */
    static final int PRIORITY = 250;
    /** Where the REST layer leaves the route template for the HTTP metrics' uri tag (Quarkus's ObservabilityUtil). */
    static final String URL_TEMPLATE = "UrlPathTemplate";

    private final ResponseCache cache;
    private final RecentKeys recentKeys;

    public EarlyHits(ResponseCache cache, RecentKeys recentKeys) {
        this.cache = cache;
        this.recentKeys = recentKeys;
    }

    void install(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path(); // raw, null for a target that does not parse (the transport guards refuse those)
        if (request.method() != HttpMethod.GET || path == null || !path.startsWith("/v1/")
                || !sharesPublicViews(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            context.next();
            return;
        }
        ResponseCache.Entry hit = cache.get(ResponseCache.keyOf(request));
        if (hit == null || !hit.anyAccept() && !accepts(request.getHeader(HttpHeaders.ACCEPT), hit.mediaType())) {
            context.next();
            return;
        }
        if (hit.template() != null) {
            ((HttpServerRequestInternal) request).context().putLocal(URL_TEMPLATE, hit.template());
        }
        // Every If-None-Match line, joined as the REST layer joins them: one tag per line is a valid way to send a list.
        List<String> ifNoneMatch = request.headers().getAll(HttpHeaders.IF_NONE_MATCH);
        write(context.response(), hit, hit.form(request.getHeader(HttpHeaders.ACCEPT_ENCODING)),
                ifNoneMatch.isEmpty() ? null : String.join(",", ifNoneMatch), request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
    }

    /** Anonymous, or a key known at once that is shown what anonymous readers are; any other goes through security. */
    private boolean sharesPublicViews(String authorization) {
        if (!SentKeys.sendsKey(authorization)) {
            return true;
        }
        SecurityIdentity known = recentKeys.of(authorization); // null: unknown here, so security must decide (a 401?)
        return known != null && KeyIdentities.sharesPublicViews(known);
    }

    /** The headers as the REST layer writes them, their names' case included (clients should not care; some do). */
    private static void write(HttpServerResponse response, ResponseCache.Entry hit, Gzip.Form form, String ifNoneMatch,
            String ifModifiedSince) {
        SharedCaching.Headers shared = hit.shared();
        response.putHeader("ETag", "\"" + form.etag() + "\"");
        response.putHeader("Cache-Control", shared.cacheControl());
        response.putHeader("Vary", Representations.VARY);
        response.putHeader(Representations.SURROGATE_KEY, shared.surrogateKey());
        response.putHeader(Representations.CACHE_TAG, shared.cacheTag());
        if (SharedCaching.notModified(ifNoneMatch, ifModifiedSince, form.etag(), shared.notModifiedFrom())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Last-Modified", shared.lastModified());
        response.putHeader("Content-Type", hit.mediaType());
        if (form.gzipped()) {
            response.putHeader("Content-Encoding", Gzip.CODING);
        }
        if (hit.link() != null) {
            response.putHeader("Link", hit.link());
        }
        response.end(Buffer.buffer(form.body()));
    }

    /** {@link #accepts} for the API's JSON. */
    static boolean acceptsJson(String accept) {
        return accepts(accept, "application/json");
    }

    /**
     * Whether the REST layer would answer this Accept with a stored body of this media type: absent, or a range
     * naming it (exactly, by its major type's wildcard, by {@code *}{@code /*}, or, for a feed, by a generic type its
     * operation produces too: {@link StoredTypes}) whose only parameter is a non-zero q.
     * Anything else, a value that does not parse included, is left to the REST layer, which negotiates (or refuses)
     * itself.
     */
    static boolean accepts(String accept, String mediaType) {
        if (accept == null) {
            return true;
        }
        String bare = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT); // a stored type may name its charset
        String major = bare.substring(0, bare.indexOf('/') + 1) + "*";
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean names = type.equals(bare) || type.equals(major) || type.equals("*/*") || StoredTypes.generic(type, bare);
            if (names && plainlyWanted(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainlyWanted(String[] parts) {
        if (parts.length == 1) {
            return true;
        }
        String parameter = parts[1].trim().toLowerCase(Locale.ROOT);
        if (parts.length > 2 || !parameter.startsWith("q=")) {
            return false;
        }
        String q = parameter.substring(2);
        return q.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?") && Double.parseDouble(q) > 0;
    }
}
