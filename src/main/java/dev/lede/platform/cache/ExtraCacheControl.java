package dev.lede.platform.cache;

import dev.lede.platform.security.SentKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Cache-Control for the successful answers that {@link Representations} does not write, so that a CDN or a browser
 * never falls back on its own heuristics (RFC 9111 4.2.2 lets it keep a 301 for as long as it likes):
 * <ul>
 * <li>a redirect from an old slug: a GET's 301 is kept like the item it leads to ({@code lede.cdn.items}), since the
 * slug may later lead elsewhere (renamed again, or the resource deleted); a 308 (a write sent to an old slug) is
 * {@code no-store};</li>
 * <li>a {@link SharedFromMemory} read (typeahead): kept like a list ({@code lede.cdn.lists}).</li>
 * </ul>
 * Neither is traced to the resources it shows, so its purge key is the one every purge names
 * ({@code lede:any-change}); a key holder's copy is {@code private, no-store}.
 */
public class ExtraCacheControl {
    private static final String NO_STORE = "no-store";
    private static final String PRIVATE = "private, no-store";
    private final SharedCaching caching;

    public ExtraCacheControl(SharedCaching caching) {
        this.caching = caching;
    }

    @ServerResponseFilter
    public void decorate(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        int status = response.getStatus();
        if (headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean keyHolder = SentKeys.sendsKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (status == 308 || status == 301 && !read) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        } else if (status == 301) {
            share(headers, keyHolder, caching.cacheControl(SharedCaching.Kind.ITEM));
        } else if (status == 200 && read && fromMemory(resource)) {
            share(headers, keyHolder, caching.cacheControl(SharedCaching.Kind.LIST));
        }
    }

    private static void share(MultivaluedMap<String, Object> headers, boolean keyHolder, String cacheControl) {
        headers.putSingle("Vary", "Accept, Authorization, Origin");
        if (keyHolder) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
            return;
        }
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        String keys = SurrogateKeys.ALL + " " + SurrogateKeys.ANY_CHANGE;
        headers.putSingle(Representations.SURROGATE_KEY, keys);
        headers.putSingle(Representations.CACHE_TAG, keys.replace(' ', ','));
    }

    private static boolean fromMemory(ResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type != null && type.isAnnotationPresent(SharedFromMemory.class);
    }
}
