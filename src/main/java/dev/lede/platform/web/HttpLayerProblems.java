package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.ops.RequestIds;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Failures decided by the HTTP layer outside the API's resources get the same problem+json body as everything else,
 * instead of an empty response or Quarkus's own error page: {@link TransportGuards} answers most of them before any
 * routing; this failure handler answers what the router itself fails with (an HTTP/1.1 request without a valid Host,
 * a body handler's limit, a handler that threw outside the REST layer). It runs before Quarkus's error handler. The
 * problem types are those {@link Problems} gives the API's own {@link Failure}s of the same status.
 */
@Singleton
public class HttpLayerProblems {
    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);
    /** Before Quarkus's failure handlers, which render their own bodies. */
    static final int FAILURE_ORDER = -TransportGuards.PRIORITY;

    /** Type slug and title per status, as {@link Problems} answers the Failures of that status. */
    private static final Map<Integer, String[]> KINDS = Map.of(
            400, new String[] {"invalid-request", "Invalid request"},
            404, new String[] {"not-found", "Not found"},
            405, new String[] {"method-not-allowed", "Method not allowed"},
            413, new String[] {"payload-too-large", "Payload too large"},
            414, new String[] {"uri-too-long", "URI too long"},
            415, new String[] {"unsupported-media-type", "Unsupported media type"},
            429, new String[] {"too-many-requests", "Too many requests"},
            431, new String[] {"request-header-fields-too-large", "Request header fields too large"},
            500, new String[] {"internal", "Internal error"},
            501, new String[] {"not-implemented", "Not implemented"});

    void install(@Observes Router router) {
        router.route().order(FAILURE_ORDER).failureHandler(this::failed);
    }

    void failed(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        RequestIds.assign(context); // the router may have failed before the filters that set these ran
        SecurityHeaders.apply(context);
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(context.failure(), "Unexpected failure on %s", safePath(context));
            write(context, 500, "The server failed to handle this request. It has been logged.", null);
            return;
        }
        if (status == 400 && context.request().authority() == null) { // Vert.x refuses HTTP/1.1 without a valid Host
            write(context, 400, context.request().getHeader("Host") == null ? "a Host header is required"
                    : "Host is not a valid host name with an optional port", "Host");
            return;
        }
        write(context, status, kind(status)[1], null);
    }

    /**
     * Ends the exchange with a problem of the status's type, unless a response has already started. Public for the
     * HTTP-layer answers of other platform packages (the rate limits' 429).
     */
    public static void write(RoutingContext context, int status, String detail, String field) {
        if (context.response().headWritten()) {
            return;
        }
        String[] kind = kind(status);
        JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + kind[0]).put("title", kind[1])
                .put("status", status).put("detail", detail).put("instance", safePath(context));
        if (field != null) {
            problem.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", detail)));
        }
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store").end(problem.encode()); // as ProblemMappers: no cache keeps a problem
    }

    private static String[] kind(int status) {
        String[] known = KINDS.get(status);
        if (known != null) {
            return known;
        }
        String reason = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        return new String[] {reason.toLowerCase(Locale.ROOT).replace(' ', '-'), reason};
    }

    /** The path for the problem's instance member, when it is short and printable. */
    private static String safePath(RoutingContext context) {
        String path;
        try {
            path = context.request().path();
        } catch (RuntimeException unparsable) {
            return null;
        }
        if (path == null || path.length() > 200 || !path.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return null;
        }
        return path;
    }
}
