package dev.lede.platform.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;

/** The header checks of {@link TransportGuards}: total size, and codings and media types that must parse. */
final class RequestHeaderChecks {
    private RequestHeaderChecks() {
    }

    static TransportGuards.Refusal size(HttpServerRequest request) {
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
        if (bytes <= TransportGuards.MAX_HEADER_BYTES) {
            return null;
        }
        return new TransportGuards.Refusal(431, "the request headers take " + bytes
                + " bytes, more than the limit of " + TransportGuards.MAX_HEADER_BYTES + " (the largest is " + largest + ")", largest);
    }

    /** A body in a coding Lede does not decode (RFC 9110 section 8.4.1: 415) must not be read as if it were plain. */
    static TransportGuards.Refusal contentEncoding(HttpServerRequest request) {
        for (String value : request.headers().getAll("Content-Encoding")) {
            for (String coding : value.split(",")) {
                String name = coding.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("identity")) {
                    return new TransportGuards.Refusal(415, "Content-Encoding " + name
                            + " is not supported; send the body as it is", "Content-Encoding");
                }
            }
        }
        return null;
    }

    /** Accept must parse too: the REST layer fails on an empty or malformed one while choosing a representation. */
    static TransportGuards.Refusal accept(HttpServerRequest request) {
        for (String value : request.headers().getAll("Accept")) {
            if (value.isBlank()) {
                return new TransportGuards.Refusal(400, "Accept is empty; leave it out or send */*", "Accept");
            }
            for (String range : value.split(",")) {
                try {
                    if (!range.isBlank()) {
                        MediaType.valueOf(range.trim());
                    }
                } catch (RuntimeException e) {
                    return new TransportGuards.Refusal(400, "Accept does not parse as a list of media ranges", "Accept");
                }
            }
        }
        return null;
    }

    static TransportGuards.Refusal contentType(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        if (type == null) {
            return null;
        }
        try {
            MediaType.valueOf(type);
            return null;
        } catch (RuntimeException e) {
            return new TransportGuards.Refusal(415, "Content-Type does not parse as a media type", "Content-Type");
        }
    }
}
