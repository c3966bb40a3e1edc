package dev.lede.api;

import dev.lede.ops.RequestIds;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Failures decided by the HTTP layer outside the API's resources get the same problem+json body as everything else,
 * instead of an empty response or Quarkus's own error page: {@link TransportGuards} answers most of them before any
 * routing; this failure handler answers what the router itself fails with (an HTTP/1.1 request without Host, a body
 * handler's limit, a handler that threw outside the REST layer). It runs before Quarkus's error handler.
 */
@Singleton
public class HttpLayerProblems {
    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);
    /** Before Quarkus's failure handlers, which render their own bodies. */
    static final int FAILURE_ORDER = -TransportGuards.PRIORITY;

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
            write(context, status, "Internal error", "The server failed to handle this request. It has been logged.", null);
            return;
        }
        String reason = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        String detail = context.failure() != null && context.failure().getMessage() != null
                && context.failure() instanceof io.vertx.core.VertxException
                ? context.failure().getMessage() : reason;
        boolean noHost = status == 400 && context.request().getHeader("Host") == null;
        write(context, status, reason, detail, noHost ? "Host" : null);
    }

    /** Ends the exchange with a problem, unless a response has already started. */
    static void write(RoutingContext context, int status, String title, String detail, String field) {
        if (context.response().headWritten()) {
            return;
        }
        JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'))
                .put("title", title).put("status", status).put("detail", detail).put("instance", safePath(context));
        if (field != null) {
            problem.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", detail)));
        }
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem.encode());
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
