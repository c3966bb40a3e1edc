package dev.lede.platform.ops;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (so a trace can cross a
 * load balancer or a client), else a new UUID. It is echoed on every response, including errors and /q/*, and put
 * in the logging MDC as {@code requestId}, so log lines (text and JSON) and the access log carry it.
 *
 * <p>Installed as a Vert.x filter (before routing) rather than a REST filter, so that it also covers 404s,
 * transport errors and the management endpoints. Quarkus keeps the MDC in the request's duplicated Vert.x
 * context, so it follows the request to the worker thread that runs the resource.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Letters, digits and a few separators, at most 128: nothing that could forge a log line or a header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@+=/-]{1,128}");

    void install(@Observes Filters filters) {
        filters.register(this::handle, 1000); // high priority: before every other filter
    }

    void handle(RoutingContext context) {
        assign(context);
        context.next();
    }

    /**
     * Gives the request its id, unless it has one: also called for a request the router failed before any filter
     * ran (an HTTP/1.1 request without Host), so that its problem answer carries an id too.
     */
    public static void assign(RoutingContext context) {
        if (context.get(MDC_KEY) != null) {
            return;
        }
        String id = idFor(context.request().getHeader(HEADER));
        context.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
    }

    /** The given id when it is acceptable, else a fresh one. */
    static String idFor(String given) {
        if (given != null && SANE.matcher(given).matches()) {
            return given;
        }
        // A random (version 4) UUID from ThreadLocalRandom: an id needs no secrecy, and UUID.randomUUID() takes a
        // lock around SecureRandom on every request (it showed in the read profile).
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
