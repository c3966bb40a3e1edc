package dev.lede.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that tell browsers how to treat what Lede sends, on every response (cached ones and transport errors
 * included, as they are set before anything else runs):
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a JSON body is never sniffed into HTML or script;</li>
 *   <li>{@code Referrer-Policy: no-referrer}: links followed from the docs leak no URL;</li>
 *   <li>API responses: {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}, so a body opened in a
 *       browser runs nothing and cannot be framed;</li>
 *   <li>the Swagger UI at /docs: a policy that allows its own scripts, styles and the OpenAPI document from this
 *       origin and nothing else, and no framing by other sites (clickjacking), with {@code X-Frame-Options} for
 *       older browsers.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {
    /** Swagger UI's page starts it with an inline script and styles some elements inline. */
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** After the request id (1000), before the transport guards (900): their answers carry these headers too. */
    static final int PRIORITY = 950;

    void install(@Observes Filters filters) {
        filters.register(this::add, PRIORITY);
    }

    void add(RoutingContext context) {
        apply(context);
        context.next();
    }

    /** Sets the headers; also called for requests the router failed before any filter ran. */
    static void apply(RoutingContext context) {
        HttpServerResponse response = context.response();
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "no-referrer");
        String path = context.request().path(); // raw: a malformed URL must not fail here
        if (path != null && (path.equals("/docs") || path.startsWith("/docs/"))) {
            response.putHeader("Content-Security-Policy", DOCS_POLICY);
            response.putHeader("X-Frame-Options", "DENY");
        } else if (path == null || !path.startsWith("/q/dev")) { // the dev UI of dev mode brings its own scripts
            response.putHeader("Content-Security-Policy", API_POLICY);
        }
    }
}
