package dev.lede.fuzz;

import static dev.lede.fuzz.FuzzRequest.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lede.process.LedeProcess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generates requests from the OpenAPI model: every operation of the document (plus HEAD and OPTIONS on each path,
 * methods a path does not allow, unknown paths and transport-level oddities), with valid and invalid values for each
 * parameter, header and body field.
 *
 * <p>Each request carries at most a few deliberate faults, and records in {@link FuzzRequest#mustRefuse()} those
 * that make it invalid by the API's own contract (then a 2xx is a failure). Values the contract leaves open (a
 * BOM, an empty filter, a lower-case "bearer") are sent but not judged.
 */
final class RequestFactory {
    static final String KEY = LedeProcess.ADMIN_KEY;
    static final int FIXTURES_PER_KIND = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONE = "\u0001LONE\u0001";
    private static final String RAW_FF = "\u0001RAWFF\u0001";

    private static final String SLUG_CHARACTERS = Draw.range('a', 'z') + Draw.range('0', '9');

    private final ApiModel api;
    private final Map<String, List<String>> references;
    private final List<ApiModel.Operation> operations;

    /**
     * @param references slugs of the seeded reference data per kind (read-only: admin writes never target them)
     */
    RequestFactory(ApiModel api, Map<String, List<String>> references) {
        this.api = api;
        this.references = references;
        this.operations = api.operations;
    }

    FuzzRequest next(Draw d) {
        String kind = d.weighted(80, "documented", 5, "head-or-options", 5, "method-not-allowed", 5, "odd-path",
                5, "transport");
        return switch (kind) {
            case "documented" -> documented(d);
            case "head-or-options" -> headOrOptions(d);
            case "method-not-allowed" -> methodNotAllowed(d);
            case "odd-path" -> oddPath(d);
            default -> transport(d);
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Documented operations

    private final class Builder {
        final ApiModel.Operation op;
        final String label;
        String method;
        final StringBuilder path = new StringBuilder();
        final List<String> query = new ArrayList<>();
        final List<Header> headers = new ArrayList<>();
        final List<String> refusals = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        byte[] body;
        boolean admin;

        Builder(ApiModel.Operation op, String method) {
            this.op = op;
            this.method = method;
            this.label = method + " " + op.path();
        }

        FuzzRequest build() {
            String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
            return new FuzzRequest(label, method, target, headers, body, "HTTP/1.1", true,
                    refusals.isEmpty() ? null : String.join("; ", refusals), tags);
        }
    }

    private FuzzRequest documented(Draw d) {
        ApiModel.Operation op = d.pick(operations);
        return operation(op, op.method(), d);
    }

    private FuzzRequest headOrOptions(Draw d) {
        ApiModel.Operation op = d.pick(operations.stream().filter(o -> o.method().equals("GET")).toList());
        if (d.chance(0.75)) {
            return operation(op, "HEAD", d);
        }
        Builder b = new Builder(op, "OPTIONS");
        b.path.append(path(b, d));
        // OPTIONS answers for any path (Allow, CORS): a path value that names nothing is not refused.
        b.refusals.clear();
        if (d.chance(0.5)) {
            b.headers.add(new Header("Origin", d.pick("https://example.org", "null", "http://127.0.0.1:1", "*")));
            b.headers.add(new Header("Access-Control-Request-Method", d.pick("POST", "PATCH", "DELETE", "GET", "FOO")));
            if (d.chance(0.5)) {
                b.headers.add(new Header("Access-Control-Request-Headers",
                        d.pick("authorization,content-type", "if-match", "x-unknown", "")));
            }
            b.tags.add("CORS preflight");
        }
        return b.build();
    }

    private FuzzRequest operation(ApiModel.Operation op, String method, Draw d) {
        Builder b = new Builder(op, method);
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        // Authorization: mostly the key on writes, sometimes on reads; sometimes a wrong or malformed one.
        String auth = d.weighted(write ? 80 : 30, "key", write ? 8 : 60, "none", 12, "wrong");
        switch (auth) {
            case "key" -> {
                b.headers.add(new Header("Authorization", "Bearer " + KEY));
                b.admin = true;
            }
            case "wrong" -> {
                String value = d.pick("Bearer " + KEY + "x", "Bearer wrong", "Basic bGVkZTpsZWRl", "Bearer", "Bearer ",
                        "Token " + KEY, KEY, "Bearer " + KEY.toUpperCase(Locale.ROOT), "Bearer " + "k".repeat(5000),
                        "Bearer \u00e9\u00e8", "Bearer " + KEY + "\u00e9", "Bearer  " + KEY + "x");
                b.headers.add(new Header("Authorization", latin1OfUtf8(value)));
                if (write) {
                    b.refusals.add("auth: write with an invalid key");
                }
                b.tags.add("bad Authorization");
            }
            default -> {
                if (write) {
                    b.refusals.add("auth: write without a key");
                }
            }
        }
        b.path.append(path(b, d));
        queryParams(b, d);
        headers(b, d);
        body(b, d);
        return b.build();
    }

    /** The path with its parameter: a fixture (by slug or id), a reference slug, or a hostile value. */
    private String path(Builder b, Draw d) {
        String template = b.op.path();
        if (!template.contains("{")) {
            return template;
        }
        String kind = b.op.resource();
        boolean mutating = b.admin && !b.method.equals("GET") && !b.method.equals("HEAD");
        String value = d.weighted(
                45, "fixture-slug", 15, "fixture-id", mutating ? 0 : 10, "reference", 30, "hostile");
        String encoded = switch (value) {
            case "fixture-slug" -> "{@" + kind + ":" + d.between(0, FIXTURES_PER_KIND - 1) + ":slug}";
            case "fixture-id" -> "{@" + kind + ":" + d.between(0, FIXTURES_PER_KIND - 1) + ":id}";
            case "reference" -> Values.encode(d.pick(references.getOrDefault(kind, List.of("missing"))));
            default -> hostileSegment(b, d, "path");
        };
        return template.replaceFirst("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(encoded));
    }

    /** A hostile value for a path segment or query value, percent-encoded, with the refusal it implies. */
    private String hostileSegment(Builder b, Draw d, String where) {
        String kind = d.weighted(40, "hostile", 25, "text", 10, "broken", 8, "bad-escape", 8, "bad-utf8", 5, "huge",
                4, "uuid");
        switch (kind) {
            case "broken" -> {
                String value = d.pick(Values.BROKEN);
                b.refusals.add(where + ": " + (value.indexOf('\u0000') >= 0 ? "NUL" : "lone surrogate") + " (percent-encoded)");
                b.tags.add(where + " broken text");
                return Values.encode(value);
            }
            case "bad-escape" -> {
                b.refusals.add(where + ": bad percent escape");
                b.tags.add(where + " bad escape");
                return d.pick(Values.RAW_BAD_ESCAPES);
            }
            case "bad-utf8" -> {
                b.refusals.add(where + ": invalid UTF-8 (percent-encoded)");
                b.tags.add(where + " invalid UTF-8");
                return d.pick(Values.RAW_BAD_UTF8);
            }
            case "huge" -> {
                int length = d.pick(3000, 9000, 20000, 40000);
                b.tags.add(where + " huge " + length);
                if (where.equals("query") && length > 8192) {
                    b.refusals.add("query: longer than 8 KiB");
                }
                return Values.encode(Values.huge(length, d.between(0, 3)));
            }
            case "uuid" -> {
                return java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) d.between(0, 255)}).toString();
            }
            case "text" -> {
                return Values.encode(Values.text(d));
            }
            default -> {
                return Values.encode(d.pick(Values.HOSTILE));
            }
        }
    }

    private void queryParams(Builder b, Draw d) {
        List<ApiModel.Param> params = b.op.query();
        for (ApiModel.Param p : params) {
            if (!d.chance(0.3)) {
                continue;
            }
            boolean invalid = d.chance(0.35);
            int repeat = 1;
            if (p.array() && d.chance(0.2)) {
                repeat = d.pick(2, 3, 100, 101, 150);
                java.util.regex.Matcher atMost = java.util.regex.Pattern.compile("at most (\\d+)").matcher(p.description());
                if (atMost.find() && repeat > Integer.parseInt(atMost.group(1))) {
                    b.refusals.add("query: more values than the parameter allows (at most " + atMost.group(1) + ")");
                }
            } else if (!p.array() && d.chance(0.05)) {
                repeat = 2;
                b.refusals.add("query: a single-valued parameter repeated");
                b.tags.add("repeated " + p.name());
            }
            for (int i = 0; i < repeat; i++) {
                // Past a few repeats the values are distinct: the limit counts distinct values.
                String value = invalid && i == 0 ? invalidValue(b, p, d) : repeat > 3 ? "v" + i : validValue(p, d);
                b.query.add(Values.encode(p.name()) + "=" + value);
            }
        }
        if (d.chance(0.06)) {
            String name = d.pick("bogus", "Limit", "limit ", "", "fields[]", "_", "q", "%00", "%zz", "😀", "include", "x".repeat(200));
            boolean known = params.stream().anyMatch(p -> p.name().equals(name));
            String encodedName = name.startsWith("%") ? name : Values.encode(name);
            b.query.add(encodedName + (d.chance(0.8) ? "=" + Values.encode(Values.text(d)) : ""));
            if (!known && !name.isEmpty()) {
                b.refusals.add(name.startsWith("%zz") ? "query: bad percent escape" : "query: unknown parameter");
            }
            b.tags.add("extra parameter");
        }
        if (d.chance(0.03)) {
            b.query.add(d.pick("", "&", "=", "==", "&&&", "limit", "limit=", "=5"));
            b.tags.add("empty query parts");
        }
    }

    private String validValue(ApiModel.Param p, Draw d) {
        switch (p.kind()) {
            case REFERENCE -> {
                String kind = p.referenceKind();
                return switch (d.<String>weighted(5, "fixture", 3, "reference", 2, "random")) {
                    case "fixture" -> "{@" + kind + ":" + d.between(0, FIXTURES_PER_KIND - 1) + ":" + d.pick("slug", "id") + "}";
                    case "reference" -> Values.encode(d.pick(references.getOrDefault(kind, List.of("missing"))));
                    default -> Values.encode(Values.text(d));
                };
            }
            case CURSOR -> {
                return "{@cursor}";
            }
            case INTEGER -> {
                return String.valueOf(d.pick(1, 2, 5, 20, 50, 99, 100));
            }
            case DATE_TIME -> {
                return Values.encode(d.pick("2022-12-01T00:00:00Z", "2022-12-01", "2023-01-01T10:15:30+02:00",
                        "2022-03-10T16:15:50.123456789Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
                        "9999-12-31T23:59:59Z", "2038-01-19T03:14:08Z"));
            }
            case BOOLEAN, TOKENS -> {
                if (p.valid().isEmpty()) {
                    return Values.encode(Values.text(d));
                }
                if (p.array() && d.chance(0.3) && p.valid().size() > 1) {
                    return Values.encode(d.pick(p.valid()) + "," + d.pick(p.valid()));
                }
                return Values.encode(d.pick(p.valid()));
            }
            default -> {
                if (!p.valid().isEmpty() && d.chance(0.5)) {
                    return Values.encode(d.pick(p.valid()));
                }
                return Values.encode(d.chance(0.7) ? Values.text(d) : d.pick(Values.HOSTILE));
            }
        }
    }

    /** One past the largest value the parameter's description allows ("1 to 1000"), or 101 for the usual 1 to 100. */
    private static String aboveRange(ApiModel.Param p) {
        long max = p.valid().stream().filter(v -> v.matches("\\d{1,9}")).mapToLong(Long::parseLong).max().orElse(100);
        return String.valueOf(max + 1);
    }

    /** A value the parameter's contract refuses (recorded), or a hostile one that it may accept. */
    private String invalidValue(Builder b, ApiModel.Param p, Draw d) {
        if (d.chance(0.35)) {
            return hostileSegment(b, d, "query");
        }
        String where = "query " + p.kind().name().toLowerCase(Locale.ROOT) + " parameter";
        switch (p.kind()) {
            case INTEGER -> {
                b.refusals.add(where + ": not an integer in range");
                return Values.encode(d.pick("abc", "0", aboveRange(p), "-1", "1.5", "1e2", "99999999999999999999", "0x10",
                        "٣", "2147483648", "-2147483649", "5abc", "NaN"));
            }
            case BOOLEAN -> {
                // 1, 0 and the empty value are accepted on purpose (Params.bool), though the document does not say so.
                b.refusals.add(where + ": not true or false");
                return Values.encode(d.pick("yes", "no", "truee", "on", "null", "tru", "TRUE!", "2"));
            }
            case DATE_TIME -> {
                b.refusals.add(where + ": not an RFC 3339 date-time");
                return Values.encode(d.pick("yesterday", "2022-13-01", "2022-02-30T00:00:00Z", "2022-01-01T25:00:00Z",
                        "1e9", "2022-01-01T00:00:00", "01/02/2022", "2022-01-01T00:00:00+25:00", "+99999-01-01T00:00:00Z",
                        "-999999999-01-01T00:00:00Z", "2022-W01", "now", "0"));
            }
            case TOKENS -> {
                b.refusals.add(where + ": not one of the listed values");
                return Values.encode(d.pick("bogus", "-", "--publishedAt", "publishedAt-", "x" + d.pick(p.valid()),
                        d.pick(p.valid()).toUpperCase(Locale.ROOT) + "X", "body,bogus", "ÿ"));
            }
            case CURSOR -> {
                b.refusals.add(where + ": not a cursor this server issued");
                return Values.encode(d.pick("", "x", "eyJ9", "eyJzIjoiLXB1Ymxpc2hlZEF0In0", "=", "AAAA",
                        "eyJzIjoiaGVhZGxpbmUiLCJ2IjpbMSwyXX0", "%%%", "😀", "e30", "bnVsbA", "WyJhIl0"));
            }
            default -> {
                return hostileSegment(b, d, "query");
            }
        }
    }

    private void headers(Builder b, Draw d) {
        // Accept
        String accept = d.weighted(50, null, 10, "application/json", 5, "application/problem+json", 5, "*/*",
                4, "text/html", 3, "application/xml", 3, ";;", 3, "application/json;q=0", 2, "application/*",
                2, "*/*;q=0.1, text/plain", 2, "application/json, text/html;q=0.9", 5, "", 2, "\u00e9/\u00e8",
                2, "a".repeat(3000));
        if (accept != null) {
            b.headers.add(new Header("Accept", latin1OfUtf8(accept)));
        }
        // Conditional headers
        ApiModel.Param ifMatch = b.op.header("If-Match");
        if (ifMatch != null && !b.method.equals("HEAD") && !b.method.equals("OPTIONS")) {
            String value = d.weighted(55, "*", 12, null, 25, "garbage", 8, "stale");
            if (value == null) {
                if (ifMatch.required()) {
                    b.refusals.add("header: required If-Match missing");
                }
            } else if (value.equals("garbage")) {
                String garbage = d.pick("garbage", "\"", "W/", "W/\"x\"", "\"a\", *", ",,,", "*, *", "\"" + "e".repeat(9000) + "\"",
                        "\u00e9", "\"0\"", "W/\"0\"", "");
                b.headers.add(new Header("If-Match", latin1OfUtf8(garbage)));
                b.tags.add("If-Match garbage");
            } else if (value.equals("stale")) {
                b.headers.add(new Header("If-Match", "\"" + d.between(0, 3) + "-stale\""));
            } else {
                b.headers.add(new Header("If-Match", "*"));
            }
        } else if (d.chance(0.04)) {
            b.headers.add(new Header("If-Match", d.pick("*", "garbage", "\"x\"")));
        }
        if ((b.method.equals("GET") || b.method.equals("HEAD")) && d.chance(0.12)) {
            b.headers.add(new Header("If-None-Match", latin1OfUtf8(d.pick("*", "garbage", "\"x\"", "W/\"x\"", ",,,\"", "\"",
                    "W/", "\"a\", \"b\"", "\u00e9", "\"" + "n".repeat(9000) + "\""))));
            b.tags.add("If-None-Match");
        }
        if (d.chance(0.04)) {
            b.headers.add(new Header("If-Modified-Since", d.pick("yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", "")));
        }
        if (d.chance(0.05)) {
            b.headers.add(new Header("X-Request-Id", latin1OfUtf8(d.pick("abc", "", "x".repeat(5000), "é😀", "a b\tc",
                    "<script>", "${jndi:x}"))));
        }
        if (d.chance(0.04)) {
            b.headers.add(new Header("Origin", d.pick("https://example.org", "null", "\u00e9")));
        }
        if (d.chance(0.03)) {
            b.headers.add(new Header("Accept-Encoding", d.pick("gzip", "br, deflate", "*", "identity;q=0", "bogus")));
        }
        if (d.chance(0.02)) {
            b.headers.add(new Header("Range", d.pick("bytes=0-10", "bytes=garbage", "lines=1-2")));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bodies

    private void body(Builder b, Draw d) {
        Map<String, JsonNode> bodies = b.op.bodies();
        if (bodies.isEmpty() || b.method.equals("HEAD") || b.method.equals("OPTIONS")) {
            if (d.chance(0.06) && !b.method.equals("HEAD")) {
                b.headers.add(new Header("Content-Type", d.pick("application/json", "text/plain", ";;;")));
                b.body = d.pick("{}", "x", "{\"a\":1}", "").getBytes(StandardCharsets.UTF_8);
                b.tags.add("unexpected body");
            }
            return;
        }
        List<String> types = new ArrayList<>(bodies.keySet());
        String mediaType = d.pick(types);
        String contentType = contentType(b, d, mediaType, types);
        if (contentType != null) {
            b.headers.add(new Header("Content-Type", latin1OfUtf8(contentType)));
        }
        if (mediaType.equals("application/x-ndjson")) {
            b.body = ndjson(b, d);
        } else if (mediaType.equals("text/plain") || mediaType.equals("text/html")) {
            b.body = page(b, d, mediaType.equals("text/html"));
        } else {
            b.body = json(b, d, bodies.get(mediaType), mediaType.contains("merge-patch"), b.op.method().equals("POST")
                    || b.op.method().equals("PUT"));
        }
        if (b.body != null && d.chance(0.04)) {
            b.headers.add(new Header("Transfer-Encoding", "chunked"));
            b.tags.add("chunked");
        }
        if (d.chance(0.02)) {
            b.headers.add(new Header("Content-Encoding", d.pick("gzip", "br", "bogus")));
            b.refusals.add("header: Content-Encoding the server cannot decode");
            b.tags.add("Content-Encoding");
        }
        if (d.chance(0.02)) {
            b.headers.add(new Header("Expect", "100-continue"));
        }
    }

    /** The Content-Type to send: the right one, a variant of it, none, or garbage (refusal recorded when wrong). */
    private String contentType(Builder b, Draw d, String mediaType, List<String> types) {
        String choice = d.weighted(75, "right", 6, "charset", 4, "none", 7, "garbage", 5, "other", 3, "unparseable");
        switch (choice) {
            case "charset" -> {
                // Parameters the contract does not speak of, some malformed: sent, not judged.
                return mediaType + d.pick("; charset=utf-8", "; charset=UTF-8", ";charset=\"utf-8\"", "; foo=bar",
                        "; charset=utf-16", "; charset=latin1", "; charset=bogus", ";", ";;;=", "; charset=\"");
            }
            case "none" -> {
                b.tags.add("no Content-Type");
                return null;
            }
            case "garbage" -> {
                String value = d.pick("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "image/png", "application/octet-stream", "application/jsonx",
                        "text/json");
                if (!types.contains(value)) {
                    b.refusals.add("header: a Content-Type the operation does not consume");
                }
                b.tags.add("wrong Content-Type");
                return value;
            }
            case "other" -> {
                return d.pick(types);
            }
            case "unparseable" -> {
                b.refusals.add("header: unparseable Content-Type");
                b.tags.add("unparseable Content-Type");
                // (A blank Content-Type is no Content-Type to the server: that case is "none", not judged.)
                return d.pick(";;;", "/", "a/b/c", "application/", "/json", "\u00e9/\u00e8", "text", "json", "a b/c");
            }
            default -> {
                return mediaType;
            }
        }
    }

    private byte[] page(Builder b, Draw d, boolean html) {
        String kind = d.weighted(60, "article", 10, "empty", 10, "garbage", 5, "huge", 5, "broken", 5, "nested",
                5, "over-limit");
        String headline = Values.text(d);
        String paragraph = Values.text(d) + " said: \u201cwe are ready to go now\u201d. " + Values.text(d) + ".";
        switch (kind) {
            case "empty" -> {
                return new byte[0];
            }
            case "garbage" -> {
                return d.pick("<<<>>>", "\u0000\u0001\u0002", "<html", "</p></p></div>", "{}", "&#x0;&#xD800;&#99999999;")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "huge" -> {
                return (html ? "<html><body><h1>" + headline + "</h1>" + "<p>word word word.</p>".repeat(4000) + "</body></html>"
                        : headline + "\n\n" + (paragraph + "\n\n").repeat(600)).getBytes(StandardCharsets.UTF_8);
            }
            case "over-limit" -> {
                b.refusals.add("body: over the 1 MiB limit");
                b.tags.add("body over 1 MiB");
                return ("<p>" + "x".repeat(1_200_000) + "</p>").getBytes(StandardCharsets.UTF_8);
            }
            case "broken" -> {
                b.tags.add("invalid UTF-8 page");
                byte[] text = (headline + "\n\n" + paragraph).getBytes(StandardCharsets.UTF_8);
                byte[] out = java.util.Arrays.copyOf(text, text.length + 3);
                out[text.length] = (byte) 0xff;
                out[text.length + 1] = (byte) 0xed;
                out[text.length + 2] = (byte) 0xa0;
                return out;
            }
            case "nested" -> {
                return ("<html><body>" + "<div>".repeat(d.pick(1000, 20000)) + "<p>" + paragraph + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String text = html
                        ? "<html><head><title>" + headline + "</title><meta property=\"og:title\" content=\"" + headline
                        + "\"></head><body><article><h1>" + headline + "</h1><time datetime=\"2022-03-10\">10 March</time><p>"
                        + paragraph + "</p><p>" + paragraph + "</p></article></body></html>"
                        : headline + "\n\nBy Fuzz Person 0\n\n" + paragraph + "\n\n" + paragraph;
                return text.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private byte[] ndjson(Builder b, Draw d) {
        List<String> kinds = List.of("source", "entity", "person", "article", "quote");
        int lines = d.weighted(50, 1, 35, 3, 14, 20, 1, 300);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String kind = d.pick(kinds);
            JsonNode schema = api.schema(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "Input");
            Builder line = new Builder(b.op, b.method);
            boolean fault = lines == 1 ? d.chance(0.6) : d.chance(0.1);
            byte[] data = jsonDocument(line, d, schema, false, true, fault, lines > 1);
            String dataText = new String(data, StandardCharsets.ISO_8859_1);
            String envelope = d.weighted(90, "ok", 3, "bad-type", 3, "no-data", 2, "not-json", 2, "blank");
            switch (envelope) {
                case "bad-type" -> {
                    out.append("{\"type\":\"").append(d.pick("bogus", "", "Article", "articles")).append("\",\"data\":")
                            .append(dataText).append("}");
                    line.refusals.add("bulk line: unknown type");
                }
                case "no-data" -> {
                    out.append("{\"type\":\"").append(kind).append("\"}");
                    line.refusals.add("bulk line: no data");
                }
                case "not-json" -> {
                    out.append(d.pick("{", "[]", "nul", "\"x\"", "{\"type\":\"person\",\"data\":{\"name\":\"x\"}} trailing"));
                    line.refusals.add("bulk line: not a JSON object");
                }
                case "blank" -> out.append(d.pick("", " ", "\t"));
                default -> {
                    out.append("{\"type\":\"").append(kind).append("\"");
                    if (kind.equals("article") && d.chance(0.3)) {
                        out.append(",\"publish\":").append(d.pick("true", "false", "\"yes\""));
                    }
                    out.append(",\"data\":").append(dataText).append("}");
                }
            }
            out.append(d.<String>weighted(90, "\n", 5, "\r\n", 5, ""));
            if (lines == 1 && !line.refusals.isEmpty()) {
                // One line, invalid: the report must refuse it (checked on the 200 report, not on the status).
                b.refusals.add("bulk: " + line.refusals.get(0));
            }
            b.tags.addAll(line.tags);
            if (out.length() > 1_800_000) {
                break; // bodies stay under about 2 MB
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.ISO_8859_1);
        return bytes;
    }

    /** A JSON body for the schema: valid, or with one deliberate fault. */
    private byte[] json(Builder b, Draw d, JsonNode schema, boolean patch, boolean full) {
        return jsonDocument(b, d, schema, patch, full, d.chance(0.55), false);
    }

    /** A site in a generated document: the object holding a field, the field's name, its schema. */
    private record Site(ObjectNode parent, String field, JsonNode schema, boolean required) {
    }

    /** @param light no fault that makes the document large (for the lines of a bulk body of several lines) */
    private byte[] jsonDocument(Builder b, Draw d, JsonNode schema, boolean patch, boolean full, boolean fault,
                                boolean light) {
        List<Site> sites = new ArrayList<>();
        ObjectNode document = (ObjectNode) instance(api.resolve(schema), d, 0, sites, patch, null);
        if (!fault) {
            return serialize(document);
        }
        String mutation = d.weighted(6, "missing-required", 7, "wrong-type", 5, "unknown-field", 3, "enum", 4, "pattern",
                3, "max-length", 2, "max-items", 2, "minimum", 5, "duplicate-key", 5, "nul", 5, "lone-surrogate",
                3, "invalid-utf8", 6, "syntax", 3, "trailing", 3, "not-object", 2, "deep", 1, "huge-array", 1,
                "huge-string", 1, "over-limit", 2, "empty", 2, "null-required", 2, "bom", 2, "escaped-nul-key");
        if (light && List.of("max-length", "max-items", "deep", "huge-array", "huge-string", "over-limit").contains(mutation)) {
            mutation = "unknown-field";
        }
        b.tags.add("body " + mutation);
        switch (mutation) {
            case "missing-required" -> {
                List<Site> required = sites.stream().filter(Site::required).toList();
                if (!required.isEmpty() && !patch) {
                    Site site = d.pick(required);
                    site.parent().remove(site.field());
                    b.refusals.add("body: a required field missing");
                    return serialize(document);
                }
                return unknownField(b, d, document);
            }
            case "null-required" -> {
                return breakOne(b, d, document, sites, Site::required, site -> {
                    site.parent().putNull(site.field());
                    return "body: a required field null";
                });
            }
            case "wrong-type" -> {
                return breakOne(b, d, document, sites, site -> true, site -> {
                    site.parent().set(site.field(), wrongType(site.schema(), d));
                    return "body: a field of the wrong type";
                });
            }
            case "unknown-field" -> {
                return unknownField(b, d, document);
            }
            case "enum" -> {
                return breakOne(b, d, document, sites, s -> s.schema().has("enum"), site -> {
                    site.parent().put(site.field(), d.pick("bogus", "", "AUTHOR", " author", "author ", "😀"));
                    return "body: a value outside the enum";
                });
            }
            case "pattern" -> {
                List<Site> patterned = sites.stream().filter(s -> s.schema().has("pattern")).toList();
                for (int attempt = 0; attempt < 5 && !patterned.isEmpty(); attempt++) {
                    Site site = d.pick(patterned);
                    Pattern pattern = Pattern.compile(site.schema().get("pattern").asText());
                    String candidate = d.pick("Not A Slug", "UPPER", "-lead", "trail-", "a--b", "x y", " ", "", "usa", "u",
                            "ftp://x", "javascript:alert(1)", "http://", "en_US", "e", "x".repeat(40), "\t", "person entity",
                            "a\nb", "ёжик", "12");
                    if (!pattern.matcher(candidate).find()) {
                        site.parent().put(site.field(), candidate);
                        b.refusals.add("body: a value that does not match the pattern");
                        return serialize(document);
                    }
                }
                return unknownField(b, d, document);
            }
            case "max-length" -> {
                return breakOne(b, d, document, sites, s -> s.schema().has("maxLength"), site -> {
                    int max = site.schema().get("maxLength").asInt();
                    if (max > 400_000) {
                        return null;
                    }
                    site.parent().put(site.field(), "é".repeat(max + d.pick(1, 2, max)));
                    return "body: a string over maxLength";
                });
            }
            case "max-items" -> {
                return breakOne(b, d, document, sites, s -> s.schema().has("maxItems"), site -> {
                    ArrayNode items = NODES.arrayNode();
                    JsonNode itemSchema = api.resolve(site.schema().path("items"));
                    for (int i = 0; i <= site.schema().get("maxItems").asInt(); i++) {
                        items.add(instance(itemSchema, d, 3, new ArrayList<>(), false, site.field()));
                    }
                    site.parent().set(site.field(), items);
                    return "body: an array over maxItems";
                });
            }
            case "minimum" -> {
                return breakOne(b, d, document, sites, s -> s.schema().has("minimum"), site -> {
                    site.parent().put(site.field(), site.schema().get("minimum").asLong() - d.pick(1L, 1000L, 3_000_000_000L));
                    return "body: a number below minimum";
                });
            }
            case "duplicate-key" -> {
                Iterator<String> names = document.fieldNames();
                String text = new String(serialize(document), StandardCharsets.UTF_8);
                if (!names.hasNext()) {
                    return "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
                }
                List<String> fields = new ArrayList<>();
                names.forEachRemaining(fields::add);
                String field = d.pick(fields);
                String other = d.pick("\"dup\"", "1", "null", "[]", "{}");
                b.refusals.add("body: a duplicate key");
                return ("{\"" + field + "\":" + other + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
            }
            case "nul", "lone-surrogate", "invalid-utf8" -> {
                List<Site> strings = sites.stream().filter(s -> s.schema().path("type").asText().equals("string")
                        && !s.schema().has("enum")).toList();
                if (strings.isEmpty()) {
                    return unknownField(b, d, document);
                }
                Site site = d.pick(strings);
                String current = site.parent().path(site.field()).asText("x");
                String marker = switch (mutation) {
                    case "nul" -> "\u0000";
                    case "lone-surrogate" -> LONE;
                    default -> RAW_FF;
                };
                site.parent().put(site.field(), current + marker + (d.chance(0.5) ? "x" : ""));
                String text = new String(serialize(document), StandardCharsets.UTF_8);
                b.refusals.add(switch (mutation) {
                    case "nul" -> "body: NUL (\\u0000) in a string";
                    case "lone-surrogate" -> "body: a lone surrogate in a string";
                    default -> "body: invalid UTF-8";
                });
                if (mutation.equals("lone-surrogate")) {
                    String escape = d.pick("\\ud800", "\\udfff", "\\udbff\\u0041", "\\ud83d");
                    if (d.chance(0.3)) {
                        // raw: the 3 bytes of the surrogate code unit (CESU-8), not escaped
                        int at = text.indexOf(jsonEscaped(LONE));
                        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                        byte[] tail = text.substring(at + jsonEscaped(LONE).length()).getBytes(StandardCharsets.UTF_8);
                        return concat(head, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, tail);
                    }
                    return text.replace(jsonEscaped(LONE), escape).getBytes(StandardCharsets.UTF_8);
                }
                if (mutation.equals("invalid-utf8")) {
                    int at = text.indexOf(jsonEscaped(RAW_FF));
                    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                    byte[] tail = text.substring(at + jsonEscaped(RAW_FF).length()).getBytes(StandardCharsets.UTF_8);
                    byte[] bad = d.pick(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0xaf},
                            new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0x80});
                    return concat(head, bad, tail);
                }
                return text.getBytes(StandardCharsets.UTF_8);
            }
            case "escaped-nul-key" -> {
                b.refusals.add("body: NUL (\\u0000) in a string");
                String text = new String(serialize(document), StandardCharsets.UTF_8);
                return ("{\"a\\u0000b\":1," + text.substring(1)).replace(",}", "}").getBytes(StandardCharsets.UTF_8);
            }
            case "syntax" -> {
                String text = new String(serialize(document), StandardCharsets.UTF_8);
                b.refusals.add("body: malformed JSON");
                String broken = d.pick(
                        text.substring(0, Math.max(1, text.length() / 2)),
                        text.replaceFirst("}$", ",}"),
                        text.replace('"', '\''),
                        "{" + text.substring(1).replaceFirst("\"([^\"]+)\":", "$1:"),
                        "/* c */" + text,
                        text.replaceFirst("}$", "") + "// no end",
                        "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": 1.}", "{\"a\": +1}", "{,}", "{",
                        "}", "{\"a\" 1}", "{\"a\":1,,\"b\":2}", "{\"a\":\"\u0001\"}", "{\"a\":\"\\x41\"}",
                        "{\"a\":\"\\u12\"}", "{\"a\":tru}", "\u0000");
                return broken.getBytes(StandardCharsets.UTF_8);
            }
            case "trailing" -> {
                b.refusals.add("body: data after the JSON value");
                return (new String(serialize(document), StandardCharsets.UTF_8)
                        + d.pick(" x", "}", " {}", "\n{\"a\":1}", "]", " null", ",")).getBytes(StandardCharsets.UTF_8);
            }
            case "not-object" -> {
                b.refusals.add("body: not a JSON object");
                return d.pick("[]", "[{}]", "\"text\"", "42", "null", "true", "[" + serialize(document).length + "]")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "deep" -> {
                int depth = d.pick(200, 1000, 5000, 50000);
                String where = d.pick("extra", "field");
                String nested = d.chance(0.5) ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                String field = where.equals("field") && !sites.isEmpty() ? d.pick(sites).field() : "nested";
                document.remove(field); // one value per key: the fault is the nesting, not a duplicate key
                String text = new String(serialize(document), StandardCharsets.UTF_8);
                b.refusals.add("body: deeply nested value" + (field.equals("nested") ? " in an unknown field" : ""));
                b.tags.add("depth " + depth);
                return ("{\"" + field + "\":" + nested + "," + text.substring(1)).replace(",}", "}")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "huge-array" -> {
                int count = d.pick(10_000, 100_000);
                List<Site> arrays = sites.stream().filter(s -> s.schema().path("type").asText().equals("array")).toList();
                String field = arrays.isEmpty() ? "huge" : d.pick(arrays).field();
                document.remove(field); // one value per key: the fault is the size, not a duplicate key
                String text = new String(serialize(document), StandardCharsets.UTF_8);
                b.refusals.add(arrays.isEmpty() ? "body: an unknown field" : "body: an array over maxItems");
                return ("{\"" + field + "\":[" + "\"x\",".repeat(count - 1) + "\"x\"]," + text.substring(1))
                        .replace(",}", "}").getBytes(StandardCharsets.UTF_8);
            }
            case "huge-string" -> {
                List<Site> strings = sites.stream().filter(s -> s.schema().path("type").asText().equals("string")
                        && !s.schema().has("enum")).toList();
                if (strings.isEmpty()) {
                    return unknownField(b, d, document);
                }
                Site site = d.pick(strings);
                int length = d.pick(50_000, 300_000, 900_000);
                site.parent().put(site.field(), Values.huge(length, d.between(0, 3)));
                int max = site.schema().path("maxLength").asInt(Integer.MAX_VALUE);
                if (length > max) {
                    b.refusals.add("body: a string over maxLength");
                }
                b.tags.add("huge string " + length);
                return serialize(document);
            }
            case "over-limit" -> {
                b.refusals.add("body: over the 1 MiB limit");
                String text = new String(serialize(document), StandardCharsets.UTF_8);
                int size = d.pick(1_100_000, 2_000_000);
                return ("{\"padding\":\"" + "p".repeat(size) + "\"," + text.substring(1)).replace(",}", "}")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "empty" -> {
                b.refusals.add("body: empty");
                return d.pick(new byte[0], " ".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8));
            }
            case "bom" -> {
                // A UTF-8 BOM before the JSON: RFC 8259 lets a parser ignore it; sent, not judged.
                return concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, serialize(document));
            }
            default -> throw new IllegalStateException(mutation);
        }
    }

    /**
     * Breaks one of the fields {@code eligible} picks out: {@code breaks} changes it and names the refusal it should
     * get, or answers null when it cannot; with no such field, or one that cannot be broken, an unknown field instead.
     */
    private byte[] breakOne(Builder b, Draw d, ObjectNode document, List<Site> sites,
                            java.util.function.Predicate<Site> eligible, java.util.function.Function<Site, String> breaks) {
        List<Site> candidates = sites.stream().filter(eligible).toList();
        String refusal = candidates.isEmpty() ? null : breaks.apply(d.pick(candidates));
        if (refusal == null) {
            return unknownField(b, d, document);
        }
        b.refusals.add(refusal);
        return serialize(document);
    }

    private byte[] unknownField(Builder b, Draw d, ObjectNode document) {
        String name = d.pick("unknownField", "ID", "id", "createdAt", "version", "__proto__", "constructor", "", "😀",
                "slug ", "Headline", "status");
        if (document.has(name)) {
            name = name + "X";
        }
        // Never null: in a merge patch, null for a member that does not exist is a no-op (RFC 7396), not an error.
        document.set(name, d.pick(NODES.textNode("x"), NODES.numberNode(1), NODES.objectNode(), NODES.arrayNode(),
                NODES.booleanNode(true)));
        b.refusals.add("body: an unknown field");
        return serialize(document);
    }

    private JsonNode wrongType(JsonNode schema, Draw d) {
        String type = schema.path("type").asText(schema.has("enum") ? "string" : "object");
        return switch (type) {
            case "string" -> d.pick(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode().add("x"), NODES.numberNode(1.5));
            case "integer" -> d.pick(NODES.textNode("5"), NODES.numberNode(2.5), NODES.booleanNode(false),
                    NODES.objectNode(), NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                    NODES.numberNode(3_000_000_000L), NODES.arrayNode().add(1));
            case "number" -> d.pick(NODES.textNode("5"), NODES.booleanNode(true), NODES.objectNode());
            case "boolean" -> d.pick(NODES.textNode("true"), NODES.numberNode(1), NODES.objectNode(), NODES.textNode(""));
            case "array" -> d.pick(NODES.textNode("x"), NODES.objectNode(), NODES.numberNode(5), NODES.booleanNode(true));
            default -> d.pick(NODES.textNode("x"), NODES.arrayNode(), NODES.numberNode(5), NODES.booleanNode(false));
        };
    }

    /**
     * A valid instance of a schema. References to other resources name the fixtures; strings with a pattern take
     * its examples or a value made for the pattern families this API uses (slugs, URLs, language tags, codes).
     */
    private JsonNode instance(JsonNode schema, Draw d, int depth, List<Site> sites, boolean patch, String name) {
        schema = api.resolve(schema);
        if (schema.has("enum")) {
            return NODES.textNode(d.pick(elements(schema.get("enum"))));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                JsonNode properties = schema.path("properties");
                Iterator<String> names = properties.fieldNames();
                String speakerType = null;
                while (names.hasNext()) {
                    String field = names.next();
                    boolean isRequired = required.contains(field);
                    boolean include = patch ? d.chance(0.3) : isRequired || d.chance(depth == 0 ? 0.5 : 0.4);
                    if (!include) {
                        continue;
                    }
                    JsonNode fieldSchema = api.resolve(properties.get(field));
                    JsonNode value;
                    if (field.equals("id") && speakerType != null) {
                        value = NODES.textNode(fixtureSlug(speakerType, d));
                    } else {
                        value = instance(fieldSchema, d, depth + 1, sites, false, field);
                    }
                    if (field.equals("type") && value.isTextual()) {
                        speakerType = value.asText();
                    }
                    object.set(field, value);
                    sites.add(new Site(object, field, fieldSchema, isRequired && !patch));
                }
                if (patch && object.isEmpty() && properties.size() > 0) {
                    String field = properties.fieldNames().next();
                    JsonNode fieldSchema = api.resolve(properties.get(field));
                    object.set(field, instance(fieldSchema, d, depth + 1, sites, false, field));
                    sites.add(new Site(object, field, fieldSchema, false));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int max = Math.min(schema.path("maxItems").asInt(3), 3);
                int count = d.between(0, max);
                for (int i = 0; i < count; i++) {
                    array.add(instance(schema.path("items"), d, depth + 1, sites, false, name));
                }
                return array;
            }
            case "integer" -> {
                long min = schema.path("minimum").asLong(0);
                return NODES.numberNode(min + d.pick(0, 1, 2, 7, 40));
            }
            case "number" -> {
                return NODES.numberNode(d.pick(0.0, 0.5, 1.0));
            }
            case "boolean" -> {
                return NODES.booleanNode(d.chance(0.5));
            }
            default -> {
                return NODES.textNode(string(schema, d, name));
            }
        }
    }

    private String string(JsonNode schema, Draw d, String name) {
        String description = schema.path("description").asText("").toLowerCase(Locale.ROOT);
        String pattern = schema.path("pattern").asText("");
        int maxLength = schema.path("maxLength").asInt(1000);
        List<String> examples = schema.has("examples") ? elements(schema.get("examples")) : List.of();
        if (schema.path("format").asText().equals("date-time")) {
            return d.pick("2022-03-10T16:15:50Z", "2022-12-01T00:00:00+02:00", "1970-01-01T00:00:00Z",
                    "2022-03-10T16:15:50.123456789Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z");
        }
        if (description.contains("id or slug") || description.contains("the article it appears in")) {
            String kind = name == null ? "person" : switch (name) {
                case "publisher", "source" -> "source";
                case "parent", "entity" -> "entity";
                case "article" -> "article";
                default -> "person";
            };
            return d.chance(0.9) ? fixtureSlug(kind, d) : Values.text(d);
        }
        String value;
        if (pattern.contains("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            value = "fz-" + d.string(SLUG_CHARACTERS, 1, 10);
        } else if (pattern.startsWith("^https?://")) {
            value = "https://example.org/" + d.string(Values.ALPHANUMERIC, 0, 20) + d.pick("", "?q=é", "#x");
        } else if (pattern.equals("^[A-Z]{2}$")) {
            value = d.pick("BR", "US", "RU", "IR", "ZZ");
        } else if (pattern.contains("[a-zA-Z]{2,3}")) {
            value = d.pick("en", "pt-BR", "zh-Hant-TW", "de", "ar", "he-IL", "sr-Latn-RS");
        } else if (pattern.contains("[a-zA-Z][a-zA-Z0-9+.-]*:")) {
            value = d.pick("http://www.wikidata.org/entity/Q" + d.between(1, 99999), "urn:isbn:0451450523", "mailto:x@example.org");
        } else if (!examples.isEmpty() && d.chance(0.4)) {
            value = d.pick(examples);
        } else {
            value = Values.text(d);
        }
        if (!pattern.isEmpty() && !Pattern.compile(pattern).matcher(value).find()) {
            value = examples.isEmpty() ? "x" : examples.get(0);
        }
        return value.length() > maxLength ? value.substring(0, maxLength) : value;
    }

    private String fixtureSlug(String kind, Draw d) {
        return "fz-" + kind + "-" + d.between(0, FIXTURES_PER_KIND - 1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Outside the documented operations

    private FuzzRequest methodNotAllowed(Draw d) {
        String path = d.pick(new ArrayList<>(api.methodsByPath.keySet()));
        List<String> allowed = new ArrayList<>(api.methodsByPath.get(path));
        List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT",
                "FOO", "get", "PROPFIND"));
        others.removeAll(allowed);
        if (allowed.contains("GET")) {
            others.remove("HEAD");
        }
        String method = d.pick(others);
        String target = path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(
                "{@" + ApiModel.singular(path.split("/")[2]) + ":0:slug}"));
        List<Header> headers = new ArrayList<>(FuzzRequest.headers("Authorization", "Bearer " + KEY));
        byte[] body = null;
        if (d.chance(0.5)) {
            headers.add(new Header("Content-Type", "application/json"));
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return new FuzzRequest(method + " " + path, method, target, headers, body, "HTTP/1.1", true,
                "method: not allowed on this path", List.of("method not allowed"));
    }

    private FuzzRequest oddPath(Draw d) {
        String target = d.pick("/v1/nope", "/v1", "/v1/", "/v2/articles", "/V1/ARTICLES", "/v1/articles/x/y/z",
                "/v1/articles/%2e%2e/%2e%2e/q/health", "/v1/./articles", "//v1//articles", "/v1/articles;jsessionid=x",
                "/v1/articles/", "/v1/articles?", "/v1/articles#frag", "/v1/articles/%20", "/v1/articles/%2F",
                "/v1/people/{@person:0:slug}/nope", "/v1/quotes/{@quote:0:slug}/quotes", "/%00", "/v1/%zz",
                "/v1/articles/" + "a".repeat(20000), "/v1/sources/" + "%F0%9F%98%80".repeat(500), "/favicon.ico",
                "/v1/articles/{@article:0:slug}/publish/x", "/v1/bulk/x", "/v1/ingest/x", "/..", "/v1/entities/\u00e9");
        String method = d.pick("GET", "GET", "POST", "DELETE", "HEAD");
        String mustRefuse = switch (target) {
            case "/v1/articles;jsessionid=x", "/v1/articles/", "/v1/articles?", "/v1/articles#frag", "/v1/./articles",
                 "//v1//articles", "/v1/", "/v1", "/..", "/v1/articles/%2e%2e/%2e%2e/q/health" -> null;
            default -> "path: no such resource";
        };
        if (target.equals("/v1/entities/\u00e9")) {
            target = "/v1/entities/" + new String("é".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
        List<Header> headers = new ArrayList<>();
        if (d.chance(0.5)) {
            headers.add(new Header("Authorization", "Bearer " + KEY));
        }
        byte[] body = null;
        if (method.equals("POST")) {
            headers.add(new Header("Content-Type", "application/json"));
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return new FuzzRequest("unknown or odd path", method, target, headers, body, "HTTP/1.1", true, mustRefuse,
                List.of("odd path"));
    }

    private FuzzRequest transport(Draw d) {
        String probe = d.pick("http10-no-host", "http11-no-host", "huge-header", "many-headers", "long-url",
                "long-query", "absolute-form", "asterisk", "no-slash", "utf8-header", "duplicate-content-type",
                "duplicate-authorization", "http10-keepalive", "lowercase-method", "expect-continue", "empty-header-name",
                "declared-huge-body", "bad-content-length", "nul-in-header", "control-in-header",
                "request-line-over-codec-limit", "headers-over-codec-limit", "chunked-with-length");
        List<Header> headers = new ArrayList<>();
        String target = "/v1/articles?limit=1";
        String method = "GET";
        String version = "HTTP/1.1";
        boolean host = true;
        String mustRefuse = null;
        byte[] body = null;
        switch (probe) {
            case "http10-no-host" -> {
                version = "HTTP/1.0";
                host = false;
            }
            case "http11-no-host" -> {
                host = false;
                mustRefuse = "transport: HTTP/1.1 without Host";
            }
            case "huge-header" -> {
                headers.add(new Header("X-Fuzz", "h".repeat(d.pick(9000, 20000, 70000))));
            }
            case "many-headers" -> {
                for (int i = 0; i < d.pick(100, 500, 2000); i++) {
                    headers.add(new Header("X-Fuzz-" + i, "v"));
                }
            }
            case "long-url" -> {
                target = "/v1/articles/" + "a".repeat(d.pick(70_000, 100_000));
                mustRefuse = "path: no such resource";
            }
            case "long-query" -> {
                target = "/v1/articles?tag=" + "t".repeat(d.pick(9000, 30000, 66000));
                mustRefuse = "query: longer than 8 KiB";
            }
            case "absolute-form" -> target = "http://127.0.0.1/v1/articles?limit=1";
            case "asterisk" -> {
                method = "OPTIONS";
                target = "*";
            }
            case "no-slash" -> target = "v1/articles";
            case "utf8-header" -> headers.add(new Header(d.pick("Accept", "X-Request-Id", "If-None-Match", "Authorization"),
                    latin1OfUtf8(d.pick("é😀", "\u05e9\u05dc\u05d5\u05dd", "\u0000"))));
            case "duplicate-content-type" -> {
                method = "POST";
                target = "/v1/sources";
                headers.add(new Header("Authorization", "Bearer " + KEY));
                headers.add(new Header("Content-Type", "application/json"));
                headers.add(new Header("Content-Type", d.pick("text/plain", "application/json")));
                body = "{\"name\":\"Fuzz twice\",\"kind\":\"other\"}".getBytes(StandardCharsets.UTF_8);
            }
            case "duplicate-authorization" -> {
                method = "POST";
                target = "/v1/sources";
                headers.add(new Header("Authorization", "Bearer wrong"));
                headers.add(new Header("Authorization", "Bearer " + KEY));
                headers.add(new Header("Content-Type", "application/json"));
                body = "{\"name\":\"Fuzz auth\",\"kind\":\"other\"}".getBytes(StandardCharsets.UTF_8);
                mustRefuse = "auth: write with an invalid key";
            }
            case "http10-keepalive" -> {
                version = "HTTP/1.0";
                headers.add(new Header("Connection", "keep-alive"));
            }
            case "lowercase-method" -> method = "get";
            case "expect-continue" -> {
                method = "POST";
                target = "/v1/people";
                headers.add(new Header("Authorization", "Bearer " + KEY));
                headers.add(new Header("Content-Type", "application/json"));
                headers.add(new Header("Expect", "100-continue"));
                body = "{\"name\":\"Fuzz expect\"}".getBytes(StandardCharsets.UTF_8);
            }
            case "declared-huge-body", "bad-content-length" -> {
                // Content-Length says more than the transport limit (16 MiB), or is not a number; 2 bytes follow.
                method = "POST";
                target = "/v1/sources";
                headers.add(new Header("Authorization", "Bearer " + KEY));
                headers.add(new Header("Content-Type", "application/json"));
                headers.add(new Header("Content-Length", probe.equals("bad-content-length") ? d.pick("-1", "abc", "1,2")
                        : d.pick("17179869184", "1000000000000")));
                body = "{}".getBytes(StandardCharsets.UTF_8);
                mustRefuse = "transport: body size over the limit or unreadable";
            }
            case "nul-in-header" -> headers.add(new Header("X-Fuzz", "a\u0000b"));
            case "control-in-header" -> headers.add(new Header(d.pick("X-Fuzz", "Accept", "If-None-Match"),
                    "a" + d.pick("\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f") + "b"));
            // Past the codec's limits (FuzzRequest.CODEC_*_LIMIT): refused before any of Lede's code runs.
            case "request-line-over-codec-limit" -> target = d.pick("/v1/articles/", "/v1/articles?q=")
                    + "a".repeat(FuzzRequest.CODEC_LINE_LIMIT + d.pick(1, 100_000));
            case "headers-over-codec-limit" -> {
                if (d.chance(0.5)) {
                    headers.add(new Header("X-Fuzz", "h".repeat(FuzzRequest.CODEC_HEADER_LIMIT + d.pick(1, 100_000))));
                } else {
                    for (int i = 0; i < 20; i++) {
                        headers.add(new Header("X-Fuzz-" + i, "h".repeat(4000)));
                    }
                }
            }
            // Framings RFC 9112 section 6.3 has the codec refuse (request smuggling): chunked beside a length, or last.
            case "chunked-with-length" -> {
                method = "POST";
                headers.add(new Header("Transfer-Encoding", d.pick("chunked", "chunked, gzip")));
                headers.add(new Header("Content-Length", "5"));
                body = "0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
            }
            default -> headers.add(new Header("X-Empty", ""));
        }
        return new FuzzRequest("transport: " + probe, method, target, headers, body, version, host, mustRefuse,
                List.of("transport " + probe));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<String> elements(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        return values;
    }

    private static byte[] serialize(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonEscaped(String marker) {
        try {
            String quoted = JSON.writeValueAsString(new TextNode(marker));
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A header value as the bytes of its UTF-8 encoding, one char per byte (what RawHttp writes as ISO-8859-1). */
    static String latin1OfUtf8(String value) {
        String clean = value.replace("\r", "").replace("\n", "");
        return new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
