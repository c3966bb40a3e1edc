package dev.lede.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks every request as it arrives, before routing, the API or Quarkus's own handlers: what they would refuse with
 * an empty body or fail on with a 500 is refused here with a problem. In order: a request line or headers past the
 * limits (414, 431), an HTTP/1.0 request without Host (400), a URL that does not parse, such as a bad percent escape
 * (400), a framing that could be read two ways (a Transfer-Encoding other than chunked beside a Content-Length, or
 * one that does not end in chunked: 400; other codings: 501), a declared body over the transport cap (413), a
 * Content-Encoding other than identity (415: the body would be read as if it were plain), a Content-Type that does
 * not parse (415) and an Accept that does not (400). A URL whose percent escapes decode to bytes that are not UTF-8
 * is refused too (400): they would reach the API as replacement characters. Each of these closes the connection after the answer: the rest of the
 * request (a body not read, a framing not trusted) must not be read as the next request.
 *
 * <p>The codec's own limits (quarkus.http.limits.max-initial-line-length and max-header-size: 128 KiB and 64 KiB) are
 * set above these, so that a request between the two gets its problem here. The codec (Netty, Vert.x) refuses some
 * requests itself before any application code runs, with an empty 414, 431 or 400 and a closed connection, and
 * Quarkus offers no hook to replace that answer: past its limits; a control byte such as NUL in a header; a
 * Content-Length that is not a number; and, as RFC 9112 section 6.3 asks, a Transfer-Encoding chunked beside a
 * Content-Length or not last (the classic request-smuggling framings). The framing checks here catch the rest: another
 * coding beside a Content-Length, or none ending in chunked.
 * Quarkus's own URI check, which answers an empty 400, is switched off ({@code vertx.disableURIValidation}, set by
 * the application's main class, LedeMain) because this one answers the same requests with a problem.
 */
@ApplicationScoped
public class TransportGuards {
    /** The longest request target answered normally; longer ones get a 414 problem. */
    static final int MAX_REQUEST_TARGET = 64 * 1024;
    /** The most header bytes (names, values and separators) answered normally; more get a 431 problem. */
    static final int MAX_HEADER_BYTES = 20 * 1024;
    /** How long a refused request's remaining body is read and discarded before the connection is closed. */
    static final long LINGER_MILLIS = 1000;
    /** After {@link dev.lede.platform.ops.RequestIds} (1000) and the security headers, before everything else. */
    static final int PRIORITY = 900;

    private final long transportCap;

    public TransportGuards(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize transportCap) {
        this.transportCap = transportCap.asLongValue();
    }

    void install(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    /** A refusal: the status and the problem's detail and offending field (the type and title follow the status). */
    record Refusal(int status, String detail, String field) {
    }

    void guard(RoutingContext context) {
        Refusal refusal = check(context.request());
        if (refusal == null) {
            context.next();
            return;
        }
        context.response().putHeader("Connection", "close");
        context.response().endHandler(ended -> closeSoon(context));
        HttpLayerProblems.write(context, refusal.status(), refusal.detail(), refusal.field());
    }

    /**
     * Closes the connection once the client has sent its request, or after {@link #LINGER_MILLIS}: closing while body
     * bytes are still arriving makes the kernel reset the connection, and a client still sending its body would lose
     * the answer it has not read yet. What arrives meanwhile is discarded.
     */
    private static void closeSoon(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        request.handler(discarded -> { });
        request.endHandler(ended -> request.connection().close());
        request.resume();
        context.vertx().setTimer(LINGER_MILLIS, timer -> request.connection().close());
    }

    Refusal check(HttpServerRequest request) {
        String target = request.uri();
        if (target != null && target.length() > MAX_REQUEST_TARGET) {
            return new Refusal(414, "the request URL is longer than " + MAX_REQUEST_TARGET + " characters", "url");
        }
        Refusal headers = RequestHeaderChecks.size(request);
        if (headers != null) {
            return headers;
        }
        if (request.authority() == null) { // HTTP/1.0 without Host (Vert.x refuses HTTP/1.1 without one itself)
            return new Refusal(400, request.getHeader("Host") == null ? "a Host header is required"
                    : "Host is not a valid host name with an optional port", "Host");
        }
        Refusal url = RequestUrlCheck.check(target);
        if (url != null) {
            return url;
        }
        Refusal framing = framing(request);
        if (framing != null) {
            return framing;
        }
        Refusal encoding = RequestHeaderChecks.contentEncoding(request);
        if (encoding != null) {
            return encoding;
        }
        Refusal type = RequestHeaderChecks.contentType(request);
        return type != null ? type : RequestHeaderChecks.accept(request);
    }

    private Refusal framing(HttpServerRequest request) {
        List<String> codings = new ArrayList<>();
        for (String value : request.headers().getAll("Transfer-Encoding")) {
            for (String coding : value.split(",")) {
                codings.add(coding.trim().toLowerCase(Locale.ROOT));
            }
        }
        List<String> lengths = request.headers().getAll("Content-Length");
        if (!codings.isEmpty() && !codings.equals(List.of("chunked"))) {
            if (!lengths.isEmpty() || !"chunked".equals(codings.get(codings.size() - 1))) {
                return new Refusal(400, "Transfer-Encoding " + String.join(", ", codings)
                        + " leaves the length of the body ambiguous; send chunked alone, or Content-Length alone",
                        "Transfer-Encoding");
            }
            return new Refusal(501, "only the chunked transfer coding is supported", "Transfer-Encoding");
        }
        if (lengths.size() == 1) {
            try {
                if (Long.parseLong(lengths.get(0).trim()) > transportCap) {
                    return new Refusal(413, "the request body is larger than the limit of "
                            + transportCap + " bytes", "Content-Length");
                }
            } catch (NumberFormatException e) {
                return new Refusal(400, "Content-Length is not a number", "Content-Length");
            }
        }
        return null;
    }
}
