package dev.lede.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generated HTTP request, exactly as it goes on the wire: the request target is kept as raw bytes (a string of
 * ISO-8859-1 characters, so that bad percent escapes and raw non-ASCII bytes reach the server untouched), headers in
 * order (duplicates allowed), and the body as bytes.
 *
 * <p>Placeholders {@code {@kind:n:slug}} and {@code {@kind:n:id}} in the target name a fixture the suite created
 * (resolved when the request is sent: ids differ from run to run, the generated request does not). {@code {@cursor}}
 * is a cursor a previous list response returned.
 *
 * @param operation   the OpenAPI operation it exercises ("GET /v1/articles/{idOrSlug}"), or a pseudo-operation for
 *                    requests outside the document ("transport", "unknown path")
 * @param mustRefuse  why the request is invalid (then a 2xx is a failure), or null when it may be accepted
 * @param tags        what was varied, for the report
 */
public record FuzzRequest(String operation, String method, String target, List<Header> headers, byte[] body,
                          String version, boolean sendHost, String mustRefuse, List<String> tags) {

    public record Header(String name, String value) {
    }

    public FuzzRequest {
        headers = List.copyOf(headers);
        tags = List.copyOf(tags);
    }

    public FuzzRequest withTarget(String newTarget) {
        return new FuzzRequest(operation, method, newTarget, headers, body, version, sendHost, mustRefuse, tags);
    }

    public FuzzRequest withHeaders(List<Header> newHeaders) {
        return new FuzzRequest(operation, method, target, newHeaders, body, version, sendHost, mustRefuse, tags);
    }

    public FuzzRequest withBody(byte[] newBody) {
        return new FuzzRequest(operation, method, target, headers, newBody, version, sendHost, mustRefuse, tags);
    }

    /** Replaces the fixture and cursor placeholders in the target. */
    public FuzzRequest resolve(Map<String, String> placeholders) {
        if (target.indexOf("{@") < 0) {
            return this;
        }
        String resolved = target;
        for (Map.Entry<String, String> entry : placeholders.entrySet()) {
            resolved = resolved.replace(entry.getKey(), entry.getValue());
        }
        return withTarget(resolved);
    }

    public boolean isWrite() {
        return switch (method) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }

    /** A Transfer-Encoding the codec refuses (RFC 9112 section 6.3), else null. */
    private String refusedFraming() {
        List<String> codings = new java.util.ArrayList<>();
        boolean length = false;
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase("Transfer-Encoding")) {
                for (String coding : header.value().split(",")) {
                    codings.add(coding.trim().toLowerCase(java.util.Locale.ROOT));
                }
            }
            length |= header.name().equalsIgnoreCase("Content-Length");
        }
        if (codings.isEmpty() || !codings.contains("chunked")) {
            return version.equals("HTTP/1.0") && !codings.isEmpty() ? "Transfer-Encoding on HTTP/1.0" : null;
        }
        if (length || !codings.get(codings.size() - 1).equals("chunked") || version.equals("HTTP/1.0")) {
            return "chunked beside a Content-Length, or not the last coding";
        }
        return null;
    }

    public boolean hasAdminKey() {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Authorization")
                && h.value().equals("Bearer " + dev.lede.process.LedeProcess.ADMIN_KEY));
    }

    /** The HTTP codec's limits on the request line and on the headers (quarkus.http.limits.max-*: 128 KiB, 64 KiB). */
    static final int CODEC_LINE_LIMIT = 128 * 1024;
    static final int CODEC_HEADER_LIMIT = 64 * 1024;

    /**
     * Which documented limit of the HTTP codec (Netty and Vert.x, before any of Lede's code) this request crosses, or
     * null: a request line over 128 KiB or headers over 64 KiB (counted without the line ends and without the Host and
     * Content-Length lines that {@link RawHttp} adds, so only requests certainly over), a header value with NUL or
     * another raw control byte, a Content-Length that is not a plain non-negative number, or a Transfer-Encoding that
     * RFC 9112 section 6.3 has the codec refuse (chunked beside a Content-Length, chunked not last, any on HTTP/1.0).
     * Such a request may be refused by the codec with a bodiless 4xx that Lede cannot give a body ({@link Findings}).
     */
    public String codecLimit() {
        if (method.length() + 1 + target.length() + 1 + version.length() > CODEC_LINE_LIMIT) {
            return "request line over 128 KiB";
        }
        long headerBytes = 0;
        for (Header header : headers) {
            headerBytes += header.name().length() + 2 + header.value().length();
        }
        if (headerBytes > CODEC_HEADER_LIMIT) {
            return "headers over 64 KiB";
        }
        String framing = refusedFraming();
        if (framing != null) {
            return framing;
        }
        for (Header header : headers) {
            if (header.value().chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                return "header value with NUL or a raw control byte";
            }
            if (header.name().equalsIgnoreCase("Content-Length") && !header.value().trim().matches("[0-9]+")) {
                return "unparseable or negative Content-Length";
            }
        }
        return null;
    }

    /** The bytes on the wire before the body (Host and Content-Length are added by {@link RawHttp}). */
    public int size() {
        int size = method.length() + target.length() + (body == null ? 0 : body.length);
        for (Header header : headers) {
            size += header.name().length() + header.value().length() + 4;
        }
        return size;
    }

    /**
     * A readable, exact rendering: the request line and headers as sent (non-printable and non-ASCII bytes as \xNN,
     * long runs shortened as {"a" x 40000}), then the body the same way. Enough to replay it with any raw client.
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(method).append(' ').append(printable(target.getBytes(StandardCharsets.ISO_8859_1), 400))
                .append(' ').append(version);
        if (!sendHost) {
            out.append("   (no Host header)");
        }
        for (Header header : headers) {
            out.append("\n  ").append(header.name()).append(": ")
                    .append(printable(header.value().getBytes(StandardCharsets.ISO_8859_1), 300));
        }
        if (body != null) {
            out.append("\n  [body, ").append(body.length).append(" bytes] ").append(printable(body, 700));
        }
        return out.toString();
    }

    /** A curl command line for requests curl can send as they are (HTTP/1.1, Host present), else null. */
    public String curl(String baseUrl) {
        if (!sendHost || !version.equals("HTTP/1.1") || target.length() > 2000 || !target.startsWith("/")) {
            return null;
        }
        StringBuilder out = new StringBuilder("curl -si --path-as-is -X ").append(method);
        for (Header header : headers) {
            String value = header.name() + ": " + header.value();
            if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) || value.length() > 500) {
                return null;
            }
            // curl drops a header given as "Name: " (empty value); "Name;" sends it empty.
            out.append(" -H ").append(shellQuote(header.value().isEmpty() ? header.name() + ";" : value));
        }
        if (body != null) {
            if (body.length > 2000) {
                out.append(" --data-binary @body.bin  # ").append(body.length).append(" bytes, shown above");
                out.append(" '").append(baseUrl).append(target.replace("'", "%27")).append("'");
                return out.toString();
            }
            String text = new String(body, StandardCharsets.ISO_8859_1);
            if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n')) {
                out.append(" --data-binary ").append(shellQuote(text));
            } else {
                out.append(" --data-binary \"$(printf '").append(printfEscape(body)).append("')\"");
            }
        }
        out.append(" '").append(baseUrl).append(target.replace("'", "%27")).append("'");
        return out.toString();
    }

    private static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String printfEscape(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\' && c != '%') {
                out.append((char) c);
            } else {
                out.append(String.format("\\%03o", c));
            }
        }
        return out.toString();
    }

    /** Bytes as text: printable ASCII as is, others as \xNN (\r \n \t named), runs of one byte collapsed. */
    static String printable(byte[] bytes, int max) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int run = 1;
            while (i + run < bytes.length && bytes[i + run] == bytes[i]) {
                run++;
            }
            if (run >= 32) {
                out.append("{").append(escape(bytes[i])).append(" x ").append(run).append("}");
                i += run;
                continue;
            }
            out.append(escape(bytes[i]));
            i++;
            if (out.length() > max) {
                out.append("... (").append(bytes.length - i).append(" more bytes)");
                break;
            }
        }
        return out.toString();
    }

    private static String escape(byte b) {
        int c = b & 0xff;
        return switch (c) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            default -> c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02X", c);
        };
    }

    static List<Header> headers(String... nameValues) {
        List<Header> list = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            list.add(new Header(nameValues[i], nameValues[i + 1]));
        }
        return list;
    }
}
