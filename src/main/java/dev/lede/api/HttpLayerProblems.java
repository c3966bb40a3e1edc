package dev.lede.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Failures decided by the HTTP layer before a request reaches the API (a body over the transport cap, a
 * malformed URL) get the same problem+json body as everything else instead of an empty response.
 */
@Singleton
public class HttpLayerProblems {
    void install(@Observes Router router) {
        router.errorHandler(400, context -> write(context, 400, "Bad request", "the request could not be parsed (check the URL encoding)"));
        router.errorHandler(413, context -> write(context, 413, "Payload too large", "the request body is too large"));
        router.errorHandler(414, context -> write(context, 414, "URI too long", "the request URL is too long"));
    }

    private static void write(RoutingContext context, int status, String title, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'))
                .put("title", title).put("status", status).put("detail", detail).put("instance", safePath(context));
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem.encode());
    }

    private static String safePath(RoutingContext context) {
        String path = context.request().path();
        return path == null || path.length() > 200 ? null : path;
    }
}
