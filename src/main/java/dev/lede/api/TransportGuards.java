package dev.lede.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks every request as it arrives, before routing, the API or Quarkus's own handlers: what they would refuse with
 * an empty body or fail on with a 500 is refused here with a problem. In order: a request line or headers past the
 * limits (414, 431), an HTTP/1.0 request without Host (400), a URL that does not parse, such as a bad percent escape
 * (400), a framing that could be read two ways (a Transfer-Encoding other than chunked beside a Content-Length, or
 * one that does not end in chunked: 400; other codings: 501), a declared body over the transport cap (413) and a
 * Content-Type that does not parse (415). Each of these closes the connection after the answer: the rest of the
 * request (a body not read, a framing not trusted) must not be read as the next request.
 *
 * <p>The codec's own limits (quarkus.http.limits.max-initial-line-length and max-header-size) are set far above
 * these, so that a request between the two gets its problem here; past the codec's limits Vert.x answers before any
 * application code runs, with an empty 414, 431 or 400, and Quarkus offers no hook to replace that answer.
 * Quarkus's own URI check, which answers an empty 400, is switched off ({@code vertx.disableURIValidation}, set by
 * {@link dev.lede.LedeMain}) because this one answers the same requests with a problem.
 */
@ApplicationScoped
public class TransportGuards {
    /** The longest request target answered normally; longer ones get a 414 problem. */
    static final int MAX_REQUEST_TARGET = 64 * 1024;
    /** The most header bytes (names, values and separators) answered normally; more get a 431 problem. */
    static final int MAX_HEADER_BYTES = 20 * 1024;
    /** After {@link dev.lede.ops.RequestIds} (1000) and the security headers, before everything else. */
    static final int PRIORITY = 900;

    private final long transportCap;

    public TransportGuards(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize transportCap) {
        this.transportCap = transportCap.asLongValue();
    }

    void install(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    /** A refusal: the status and the problem's title, detail and offending field. */
    record Refusal(int status, String title, String detail, String field) {
    }

    void guard(RoutingContext context) {
        Refusal refusal = check(context.request());
        if (refusal == null) {
            context.next();
            return;
        }
        context.response().putHeader("Connection", "close");
        context.response().endHandler(ended -> context.request().connection().close());
        HttpLayerProblems.write(context, refusal.status(), refusal.title(), refusal.detail(), refusal.field());
    }

    Refusal check(HttpServerRequest request) {
        String target = request.uri();
        if (target != null && target.length() > MAX_REQUEST_TARGET) {
            return new Refusal(414, "URI too long", "the request URL is longer than " + MAX_REQUEST_TARGET + " characters", "url");
        }
        Refusal headers = headerSize(request);
        if (headers != null) {
            return headers;
        }
        if (request.authority() == null) { // HTTP/1.0 without Host (Vert.x refuses HTTP/1.1 without one itself)
            return new Refusal(400, "Bad request", request.getHeader("Host") == null ? "a Host header is required"
                    : "Host is not a valid host name with an optional port", "Host");
        }
        Refusal url = url(target);
        if (url != null) {
            return url;
        }
        Refusal framing = framing(request);
        if (framing != null) {
            return framing;
        }
        return contentType(request);
    }

    private static Refusal headerSize(HttpServerRequest request) {
        long bytes = 0;
        String largest = null;
        int largestSize = -1;
        for (Map.Entry<String, String> header : request.headers()) {
            int size = header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
            bytes += size;
            if (size > largestSize) {
                largestSize = size;
                largest = header.getKey();
            }
        }
        if (bytes <= MAX_HEADER_BYTES) {
            return null;
        }
        return new Refusal(431, "Request header fields too large", "the request headers take " + bytes
                + " bytes, more than the limit of " + MAX_HEADER_BYTES + " (the largest is " + largest + ")", largest);
    }

    private static Refusal url(String target) {
        if (target == null) {
            return new Refusal(400, "Bad request", "the request has no target URL", "url");
        }
        try {
            new URI(target);
            return null;
        } catch (URISyntaxException e) {
            return new Refusal(400, "Bad request", "the request URL is malformed at index " + e.getIndex() + ": "
                    + e.getReason().toLowerCase(Locale.ROOT) + " (percent escapes are % and two hex digits)", "url");
        }
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
                return new Refusal(400, "Bad request", "Transfer-Encoding " + String.join(", ", codings)
                        + " leaves the length of the body ambiguous; send chunked alone, or Content-Length alone",
                        "Transfer-Encoding");
            }
            return new Refusal(501, "Not implemented", "only the chunked transfer coding is supported", "Transfer-Encoding");
        }
        if (lengths.size() == 1) {
            try {
                if (Long.parseLong(lengths.get(0).trim()) > transportCap) {
                    return new Refusal(413, "Payload too large", "the request body is larger than the limit of "
                            + transportCap + " bytes", "Content-Length");
                }
            } catch (NumberFormatException e) {
                return new Refusal(400, "Bad request", "Content-Length is not a number", "Content-Length");
            }
        }
        return null;
    }

    private static Refusal contentType(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        if (type == null) {
            return null;
        }
        try {
            MediaType.valueOf(type);
            return null;
        } catch (RuntimeException e) {
            return new Refusal(415, "Unsupported media type", "Content-Type does not parse as a media type", "Content-Type");
        }
    }
}
