package dev.lede.platform.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.web.Caller;
import dev.lede.platform.web.Selection;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes JSON responses with a strong ETag and answers conditional GETs with 304.
 *
 * <p>The body is serialised once, here, so its bytes can be hashed. A single resource's ETag is
 * {@code "v<version>-<hash>"}: the hash changes whenever the bytes do (also when an embedded person is
 * renamed), and the version lets writes check {@code If-Match} against the stored row (see {@code IfMatch}).
 */
@ApplicationScoped
public class Representations {
    /** The keys a CDN purges a response by: Fastly's (and Akamai's, with its own name) and Cloudflare's header. */
    static final String SURROGATE_KEY = "Surrogate-Key";
    static final String CACHE_TAG = "Cache-Tag";
    /**
     * The body depends on the Accept (JSON or an alternate format), the Accept-Encoding (a gzip form, {@link Gzip}), the
     * key (drafts) and, through CORS, the Origin.
     */
    static final String VARY = "Accept, Accept-Encoding, Authorization, Origin";
    private static final CacheControl PRIVATE = CacheControl.valueOf("private, no-store");

    private final ObjectMapper mapper;
    // Characters outside the BMP (emoji) as raw UTF-8, not as pairs of escaped UTF-16 surrogates.
    private final ObjectWriter writer;
    private final Caller caller;
    private final HttpHeaders headers;
    private final ResponseCache cache;
    private final CacheTicket ticket;

    private final CurrentVertxRequest current;
    private final SharedCaching caching;

    public Representations(ObjectMapper mapper, Caller caller, HttpHeaders headers, ResponseCache cache, CacheTicket ticket,
            CurrentVertxRequest current, SharedCaching caching) {
        this.caching = caching;
        this.mapper = mapper;
        this.writer = mapper.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
        this.caller = caller;
        this.headers = headers;
        this.cache = cache;
        this.ticket = ticket;
        this.current = current;
    }

    /**
     * Declares that this request's response shows what anonymous readers are not shown, although its caller shares
     * their views otherwise (a partner's embargo preview): it is answered privately and never stored in the cache.
     */
    public void keepPrivate() {
        ticket.unshare();
    }

    /** One resource, trimmed to the requested fields. */
    public Response single(Object dto, long version, Selection fields) {
        ObjectNode tree = mapper.valueToTree(dto);
        fields.retainIn(tree);
        byte[] bytes = bytes(tree);
        return serve(bytes, MediaType.APPLICATION_JSON, "v" + version + "-" + hash(bytes), null, tree, null);
    }

    /** The new state after a write: 200 with the new ETag (the request's If-Match named the old one). */
    public Response written(Object dto, long version) {
        byte[] bytes = bytes(mapper.valueToTree(dto));
        EntityTag tag = new EntityTag("v" + version + "-" + hash(bytes));
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(PRIVATE).build();
    }

    /** A newly created resource: 201 with Location and the ETag a follow-up write can send in If-Match. */
    public Response created(URI location, Object dto, long version) {
        byte[] bytes = bytes(mapper.valueToTree(dto));
        EntityTag tag = new EntityTag("v" + version + "-" + hash(bytes));
        return Response.created(location).entity(bytes).type(MediaType.APPLICATION_JSON_TYPE).tag(tag)
                .cacheControl(PRIVATE).build();
    }

    /** A list page: items trimmed to the requested fields, a Link header to the next page. */
    public Response page(Page<?> page, Selection fields, ListScope scope) {
        ObjectNode tree = mapper.valueToTree(page);
        if (tree.get("data") instanceof ArrayNode items) {
            items.forEach(item -> fields.retainIn((ObjectNode) item));
        }
        byte[] bytes = bytes(tree);
        String link = page.links().next() == null ? null : "<" + page.links().next() + ">; rel=\"next\"";
        return serve(bytes, MediaType.APPLICATION_JSON, hash(bytes), link, tree, scope);
    }

    /**
     * A public GET answered in another format than the API's JSON: a feed, an article as ninjs or JSON-LD. The
     * {@code bytes} are served as {@code mediaType} with an ETag of their hash, 304 on a matching If-None-Match, and
     * kept in the cache like JSON responses (under the format the request's Accept asks for, see
     * {@code AlternateFormats}, so the JSON of the same URL is kept apart). {@code source} is what the bytes were
     * rendered from (the view or the page of views): every {@code "id"} in its JSON is a resource the response shows,
     * so a write to any of them makes it stale; {@code scope} names the lists it belongs to (null for one resource).
     * A response that shows a list must pass its scope, or a new article would not make it stale.
     */
    public Response rendered(byte[] bytes, String mediaType, Object source, ListScope scope) {
        return rendered(bytes, mediaType, source, scope, null);
    }

    /** {@link #rendered(byte[], String, Object, ListScope)} with a Link header (a list page's next page), kept with it. */
    public Response rendered(byte[] bytes, String mediaType, Object source, ListScope scope, String link) {
        return serve(bytes, mediaType, hash(bytes), link, mapper.valueToTree(source), scope);
    }

    /**
     * Answers a GET (304 or 200) and, for an anonymous GET, keeps the bytes for the next one with the headers that let
     * shared caches keep them too ({@link SharedCaching}); a key holder's answer is private.
     */
    private Response serve(byte[] bytes, String mediaType, String etag, String link, JsonNode tree, ListScope list) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Gzip.Form identity = new Gzip.Form(bytes, etag, false);
        if (!caller.sharesPublicViews() || ticket.unshared()) {
            return respond(identity, mediaType, link, null, ifNoneMatch, null);
        }
        Set<String> ids = Dependencies.of(tree, list);
        long started = ticket.key() == null ? System.currentTimeMillis() : ticket.startedMillis();
        SharedCaching.Headers shared = caching.headers(SharedCaching.kindOf(mediaType, list), ids, started,
                cache.lastChangeMillis());
        ResponseCache.Entry stored = ticket.key() == null ? null
                : cache.put(ticket.key(), ticket.generation(), bytes, mediaType, etag, link, template(), ids, shared,
                        chosenByUrl());
        // The first answer is the one the hits after it give: gzip when it was stored with a gzip form and is accepted.
        Gzip.Form form = stored == null ? identity : stored.form(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        return respond(form, mediaType, link, shared, ifNoneMatch, headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
    }

    /**
     * Declares that this request's URL chose its representation, so that its Accept no longer matters (the REST layer
     * answers any Accept with it, as {@code ?format=} does by replacing the Accept before matching): the response is
     * then a hit for {@link EarlyHits} whatever Accept a later request of the same key sends, rather than only for one
     * that names its type. For a pre-matching filter, on the request's routing context.
     */
    public static void chosenByUrl(RoutingContext context) {
        context.put(CHOSEN_BY_URL, Boolean.TRUE);
    }

    private static final String CHOSEN_BY_URL = Representations.class.getName() + ".chosenByUrl";

    private boolean chosenByUrl() {
        RoutingContext context = current.getCurrent();
        return context != null && Boolean.TRUE.equals(context.get(CHOSEN_BY_URL));
    }

    /** The route template the REST layer matched (metrics tag a request's uri with it); null when it set none. */
    private String template() {
        RoutingContext context = current.getCurrent();
        return context == null ? null
                : ((HttpServerRequestInternal) context.request()).context().getLocal(EarlyHits.URL_TEMPLATE);
    }

    /** A response served from the cache, in the form the request accepts, with the headers it was first computed with. */
    public static Response fromCache(ResponseCache.Entry entry, String ifNoneMatch, String ifModifiedSince,
            String acceptEncoding) {
        return respond(entry.form(acceptEncoding), entry.mediaType(), entry.link(), entry.shared(), ifNoneMatch,
                ifModifiedSince);
    }

    /**
     * 304 or 200 with the form's ETag and Vary; a gzip form with its Content-Encoding; a shared response ({@code shared}
     * set) with its Cache-Control and keys, and Last-Modified on a 200 (a 304 has the ETag, RFC 9110 15.4.5); a private
     * one (null) with "private, no-store".
     */
    private static Response respond(Gzip.Form form, String mediaType, String link, SharedCaching.Headers shared,
            String ifNoneMatch, String ifModifiedSince) {
        EntityTag tag = new EntityTag(form.etag());
        boolean notModified = shared == null ? notModified(ifNoneMatch, form.etag())
                : SharedCaching.notModified(ifNoneMatch, ifModifiedSince, form.etag(), shared.notModifiedFrom());
        Response.ResponseBuilder builder = notModified ? Response.notModified(tag)
                : Response.ok(form.body(), mediaType).tag(tag);
        builder.header("Vary", VARY);
        if (form.gzipped() && !notModified) {
            builder.header(HttpHeaders.CONTENT_ENCODING, Gzip.CODING);
        }
        if (shared == null) {
            builder.cacheControl(PRIVATE);
        } else {
            builder.header("Cache-Control", shared.cacheControl()).header(SURROGATE_KEY, shared.surrogateKey())
                    .header(CACHE_TAG, shared.cacheTag());
            if (!notModified) {
                builder.header("Last-Modified", shared.lastModified());
            }
        }
        return link == null || notModified ? builder.build() : builder.header("Link", link).build();
    }

    /** RFC 9110 13.1.2: If-None-Match uses the weak comparison (W/ is ignored) and "*" matches any current representation. */
    static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + etag + "\"")) {
                return true;
            }
        }
        return false;
    }

    private byte[] bytes(Object tree) {
        try {
            return writer.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a DTO could not be serialised", e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
