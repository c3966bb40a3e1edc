package dev.lede.feed;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.platform.cache.ListScope;
import dev.lede.platform.cache.Representations;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * What the feed resources share: a feed read, written in its format and served through the response cache
 * ({@link Representations#rendered}): an ETag, 304s, and for anonymous requests a cached body that a write to any
 * article, person, entity or source it shows, or to the lists it belongs to (a publication), makes stale at once.
 */
@ApplicationScoped
public class FeedResponses {
    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    static final String JSON_FEED = "application/feed+json";
    /** Also accepted, for readers that ask for XML or JSON in general; the response keeps the feed's own type. */
    static final String XML = "application/xml";
    static final String TEXT_XML = "text/xml";
    static final String JSON = "application/json";

    private final FeedReads reads;
    private final Representations representations;
    private final ObjectWriter json;
    private final Caller caller;

    private final FeedComputations computations;

    FeedResponses(FeedReads reads, Representations representations, ObjectMapper mapper, Caller caller,
            FeedComputations computations) {
        this.reads = reads;
        this.caller = caller;
        this.computations = computations;
        this.representations = representations;
        // Characters outside the BMP (emoji) as raw UTF-8, as every other JSON response of the API writes them.
        this.json = mapper.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    /**
     * The feed, read and written in one of a bounded number of turns ({@link FeedComputations}); only its bytes and the
     * ids it shows outlive the turn, so the texts it was written from can go before the response is sent. Called on a
     * worker thread; waiting for a turn holds none.
     */
    Uni<Response> feed(FeedFormat format, ResourceType type, String key, FeedParams params, UriInfo uri) {
        Entitlements entitlements = caller.entitlements(); // asked on the request's thread, before any wait
        String self = selfPath(uri);
        return computations.inTurn(() -> {
            FeedReads.Read read = reads.read(type, key, params, entitlements, self);
            return new Written(format.write(read.feed(), json), read.feed().shown(), read.scope());
        }).map(written -> representations.rendered(written.bytes(), format.contentType(), written.shown(), written.scope()));
    }

    private record Written(byte[] bytes, Feed.Shown shown, ListScope scope) {
    }

    private static String selfPath(UriInfo uri) {
        URI request = uri.getRequestUri();
        return request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    }
}
