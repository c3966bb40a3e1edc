package dev.lede.platform.cache;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * {@code Vary: Origin} on every response whose Access-Control-Allow-Origin echoes the request's Origin: preflights and
 * problems too, which Quarkus's CORS filter answers or decorates without it. A shared cache would otherwise hand the
 * answer made for one origin to a browser on another, which then refuses it. Responses written by
 * {@link Representations} name Origin already; a request without Origin pays one header lookup.
 */
@ApplicationScoped
public class OriginVary {
    /** Before CORS (300), so that its preflight answers pass through the handler installed here. */
    static final int PRIORITY = 310;

    void install(@Observes Filters filters) {
        filters.register(this::watch, PRIORITY);
    }

    void watch(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.ORIGIN) != null) {
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> addVary(response));
        }
        context.next();
    }

    private static void addVary(HttpServerResponse response) {
        String allowed = response.headers().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        if (allowed == null || allowed.equals("*")) {
            return;
        }
        String vary = response.headers().get(HttpHeaders.VARY);
        if (vary == null) {
            response.putHeader(HttpHeaders.VARY, "Origin");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("origin")) {
            response.putHeader(HttpHeaders.VARY, vary + ", Origin");
        }
    }
}
