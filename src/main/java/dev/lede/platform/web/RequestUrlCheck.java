package dev.lede.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The URL check of {@link TransportGuards}: ASCII only, parseable, and percent escapes that decode to UTF-8. */
final class RequestUrlCheck {
    private RequestUrlCheck() {
    }

    static TransportGuards.Refusal check(String target) {
        if (target == null) {
            return new TransportGuards.Refusal(400, "the request has no target URL", "url");
        }
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) >= 0x80) { // the codec reads one byte per character: a raw non-ASCII byte
                return new TransportGuards.Refusal(400, "the request URL holds a raw non-ASCII byte at index " + i
                        + "; percent-encode non-ASCII characters as UTF-8 (RFC 3986)", "url");
            }
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return new TransportGuards.Refusal(400, "the request URL is malformed at index " + e.getIndex() + ": "
                    + e.getReason().toLowerCase(Locale.ROOT) + " (percent escapes are % and two hex digits)", "url");
        }
        if (!Utf8.isWellFormed(percentDecoded(uri.getRawPath())) || !Utf8.isWellFormed(percentDecoded(uri.getRawQuery()))) {
            return new TransportGuards.Refusal(400, "the request URL's percent escapes are not UTF-8 (they would be read as"
                    + " replacement characters)", "url");
        }
        return null;
    }

    /** The bytes a raw URL component stands for: each %XX its byte, every other (ASCII) character itself. */
    private static byte[] percentDecoded(String raw) {
        if (raw == null) {
            return new byte[0];
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16)); // the URI parsed: two hex digits follow
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
