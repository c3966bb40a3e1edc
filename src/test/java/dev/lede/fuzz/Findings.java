package dev.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The verdict on every response, collected over the whole run and grouped by (operation, status, category), each
 * group keeping its smallest request as the reproduction.
 *
 * <p>A response fails when: it is a 5xx; it is a 4xx without an RFC 9457 problem (Content-Type
 * application/problem+json and a JSON object with type, title and status equal to the HTTP status; for HEAD the
 * Content-Type alone); nothing came back; it shows a stack trace; it contains the admin key; a JSON Content-Type
 * carries something that is not JSON; or it is a 2xx to a request the API's contract refuses
 * ({@link FuzzRequest#mustRefuse()}).
 *
 * <p>One exception, counted apart and listed in the report, not a failure: a refusal by the HTTP codec before the
 * application (a documented limit). Netty and Vert.x refuse some requests while parsing them, before any of Lede's
 * code runs, and Lede cannot give those refusals a body. A response counts so only when all of these hold: the
 * request crosses one of the codec's limits ({@link FuzzRequest#codecLimit()}: a request line over 128 KiB, headers
 * over 64 KiB, a Transfer-Encoding that RFC 9112 has it refuse, a header value with NUL or a raw control byte, an
 * unparseable or negative Content-Length); the answer is a 4xx;
 * it has no X-Request-Id (Lede's first filter sets one on every response it handles, so its absence shows that no
 * Lede code ran); and the server closed the connection after it. The other checks (stack trace, admin key) still
 * apply to it, and the run still requires a healthy server afterwards. Any other 4xx, one that an application
 * handler could have answered, needs its problem body.
 */
final class Findings {
    static final String KEY = dev.lede.process.LedeProcess.ADMIN_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$<>]+)+\\(");
    private static final Pattern QUALIFIED_THROWABLE = Pattern.compile(
            "\\b[a-z][\\w$]*(\\.[a-z][\\w$]*)+\\.[A-Z][\\w$]*(Exception|Error)\\b");

    record Key(String operation, int status, String category) {
    }

    /** One failure of one response. */
    record Failure(String category, String detail) {
    }

    static final class Group {
        int count;
        FuzzRequest smallest;
        RawHttp.Response response;
        String detail;
        int firstTry;
        boolean minimized;
    }

    private final Map<Key, Group> groups = new TreeMap<>(Comparator.comparing(Key::operation)
            .thenComparing(Key::status).thenComparing(Key::category));
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> operations = new TreeMap<>();
    private final Map<String, long[]> timeByOperation = new TreeMap<>();
    private final List<Map.Entry<Long, String>> slowest = new ArrayList<>();
    private final Function<RawHttp.Response, String> explain5xx;
    private final Map<String, CodecRefusals> codecRefusals = new TreeMap<>();
    private int requests;
    private int refusalsChecked;

    /** The refusals by the HTTP codec of one kind of request past its limits, with the smallest as an example. */
    static final class CodecRefusals {
        final Map<Integer, Integer> statuses = new TreeMap<>();
        FuzzRequest smallest;
    }

    /** @param explain5xx what the server logged for a 5xx: its cause, which then names the group */
    Findings(Function<RawHttp.Response, String> explain5xx) {
        this.explain5xx = explain5xx;
    }

    /** {@link #judge}, with each 5xx named by its cause in the server log (exception type and where). */
    List<Failure> judgeAndExplain(FuzzRequest request, RawHttp.Response response) {
        List<Failure> failures = new ArrayList<>();
        for (Failure failure : judge(request, response)) {
            if (failure.category().equals("5xx")) {
                String cause = explain5xx.apply(response);
                String where = cause.replaceFirst(": .*", "");
                failures.add(new Failure("5xx: " + where, failure.detail() + "; server log: " + cause));
            } else {
                failures.add(failure);
            }
        }
        return failures;
    }

    /** Judges one exchange; records and returns its failures. */
    List<Failure> record(FuzzRequest request, RawHttp.Response response, int tryNumber) {
        requests++;
        statuses.merge(response.status(), 1, Integer::sum);
        operations.merge(request.operation(), 1, Integer::sum);
        long[] time = timeByOperation.computeIfAbsent(request.operation(), k -> new long[2]);
        time[0]++;
        time[1] += response.millis();
        slowest.add(Map.entry(response.millis(), response.status() + " " + Findings.shorten(request.describe(), 160)));
        slowest.sort(Map.Entry.<Long, String>comparingByKey().reversed());
        if (slowest.size() > 5) {
            slowest.remove(5);
        }
        List<Failure> failures = judgeAndExplain(request, response);
        String codecLimit = codecRefusal(request, response);
        if (codecLimit != null) {
            failures.removeIf(failure -> failure.category().equals("4xx without a problem body"));
            CodecRefusals refusals = codecRefusals.computeIfAbsent(codecLimit, k -> new CodecRefusals());
            refusals.statuses.merge(response.status(), 1, Integer::sum);
            if (refusals.smallest == null || request.size() < refusals.smallest.size()) {
                refusals.smallest = request;
            }
        }
        if (request.mustRefuse() != null) {
            refusalsChecked++;
        }
        for (Failure failure : failures) {
            Group group = groups.computeIfAbsent(new Key(request.operation(), response.status(), failure.category()),
                    k -> new Group());
            group.count++;
            if (group.smallest == null || request.size() < group.smallest.size()) {
                group.smallest = request;
                group.response = response;
                group.detail = failure.detail();
                if (group.count == 1) {
                    group.firstTry = tryNumber;
                }
            }
        }
        return failures;
    }

    /**
     * The codec limit the request crosses when the response is the codec's refusal of it (a 4xx without
     * X-Request-Id, after which the server closed the connection), else null.
     */
    static String codecRefusal(FuzzRequest request, RawHttp.Response response) {
        String limit = request.codecLimit();
        boolean refusal = limit != null && response.failure() == null && response.status() >= 400
                && response.status() < 500 && response.header("X-Request-Id").isEmpty() && response.closed();
        return refusal ? limit : null;
    }

    static List<Failure> judge(FuzzRequest request, RawHttp.Response response) {
        List<Failure> failures = new ArrayList<>();
        if (response.failure() != null) {
            failures.add(new Failure("no response", response.failure()));
            return failures;
        }
        int status = response.status();
        String text = response.text();
        boolean head = request.method().equals("HEAD");
        String mediaType = response.mediaType();
        JsonNode json = null;
        boolean jsonType = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if (jsonType && !head && response.body().length > 0) {
            try {
                json = JSON.readTree(response.body());
            } catch (java.io.IOException e) {
                failures.add(new Failure("body is not the JSON its Content-Type says",
                        "Content-Type " + mediaType + ", body: " + shorten(text, 200)));
            }
        }
        if (status >= 500) {
            failures.add(new Failure("5xx", problemSummary(mediaType, json, text)));
        } else if (status >= 400) {
            if (!mediaType.equals("application/problem+json")) {
                String what = head ? "HEAD answered without Content-Type application/problem+json"
                        : response.body().length == 0 ? "no body" : "Content-Type is not application/problem+json";
                failures.add(new Failure("4xx without a problem body",
                        what + " (Content-Type: " + response.header("Content-Type").orElse("none") + ", "
                                + response.body().length + " bytes" + (response.body().length > 0 ? ": "
                                + shorten(text, 120) : "") + ")"));
            } else if (!head) {
                if (json == null || !json.isObject()) {
                    failures.add(new Failure("4xx without a problem body", "problem+json body is not a JSON object: "
                            + shorten(text, 200)));
                } else {
                    List<String> missing = new ArrayList<>();
                    for (String member : List.of("type", "title", "status")) {
                        if (!json.hasNonNull(member)) {
                            missing.add(member);
                        }
                    }
                    if (!missing.isEmpty()) {
                        failures.add(new Failure("4xx problem without " + String.join(", ", missing), shorten(text, 200)));
                    } else if (json.get("status").asInt(-1) != status) {
                        failures.add(new Failure("4xx problem whose status differs from the HTTP status",
                                "status member " + json.get("status") + ": " + shorten(text, 200)));
                    }
                }
            }
        }
        String all = text + "\n" + response.headers();
        String sent = request.describe() + new String(request.body() == null ? new byte[0] : request.body(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        if ((STACK_FRAME.matcher(all).find() || QUALIFIED_THROWABLE.matcher(all).find()
                || (all.contains("Exception") && !sent.contains("Exception"))
                || (all.contains("Caused by:") && !sent.contains("Caused by:")))) {
            failures.add(new Failure("stack trace or exception in the response", shorten(text, 300)));
        }
        if (all.contains(KEY)) {
            failures.add(new Failure("admin key in the response", shorten(text, 200)));
        }
        if (request.mustRefuse() != null && status >= 200 && status < 300) {
            List<String> reasons = List.of(request.mustRefuse().split("; "));
            List<String> statusLevel = reasons.stream().filter(r -> !r.startsWith("bulk: ")).toList();
            if (!statusLevel.isEmpty()) {
                failures.add(new Failure("invalid request accepted: " + String.join("; ", statusLevel),
                        status + " " + shorten(text, 200)));
            } else if (json != null && json.path("accepted").asLong(0) > 0) {
                failures.add(new Failure("invalid bulk line accepted: " + reasons.get(0).substring("bulk: ".length()),
                        shorten(text, 200)));
            }
        }
        return failures;
    }

    private static String problemSummary(String mediaType, JsonNode json, String text) {
        if (json != null && mediaType.equals("application/problem+json")) {
            return "problem: " + json.path("title").asText() + " / " + json.path("detail").asText();
        }
        return "Content-Type " + (mediaType.isEmpty() ? "none" : mediaType) + ", body: " + shorten(text, 200);
    }

    /** The text with each lone surrogate written as \\uXXXX, so that it can be written as UTF-8. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String shorten(String text, int max) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() <= max ? flat : flat.substring(0, max) + "... (" + flat.length() + " chars)";
    }

    boolean clean() {
        return groups.isEmpty();
    }

    int requests() {
        return requests;
    }

    int failingRequests() {
        return groups.values().stream().mapToInt(g -> g.count).sum();
    }

    Map<Key, Group> groups() {
        return groups;
    }

    /**
     * Shrinks each group's reproduction: drops headers, query parameters and top-level body members one at a time
     * while the request still fails the same way (same status and category). At most {@code budget} resends.
     */
    void minimize(Function<FuzzRequest, RawHttp.Response> send, int budget, long deadlineNanos) {
        int[] left = {budget};
        for (Map.Entry<Key, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            Key key = entry.getKey();
            if (key.status() == 0 || group.smallest.operation().startsWith("transport")
                    || key.category().startsWith("invalid ")
                    || (group.smallest.body() != null && group.smallest.body().length > 64 * 1024)) {
                // An accepted invalid request cannot be shrunk by resending: dropping a part may drop the fault. A big
                // body is not shrunk either (only headers, parameters and members would be), nor sent again and again
                // to a server it may have exhausted.
                continue;
            }
            java.util.function.Predicate<FuzzRequest> same = candidate -> {
                if (left[0]-- <= 0 || System.nanoTime() > deadlineNanos) {
                    return false;
                }
                RawHttp.Response response = send.apply(candidate);
                return response.status() == key.status() && judgeAndExplain(candidate, response).stream()
                        .anyMatch(f -> f.category().equals(key.category()));
            };
            FuzzRequest current = group.smallest;
            for (int i = current.headers().size() - 1; i >= 0; i--) {
                List<FuzzRequest.Header> fewer = new ArrayList<>(current.headers());
                fewer.remove(i);
                FuzzRequest candidate = current.withHeaders(fewer);
                if (same.test(candidate)) {
                    current = candidate;
                }
            }
            int q = current.target().indexOf('?');
            if (q >= 0) {
                List<String> parts = new ArrayList<>(List.of(current.target().substring(q + 1).split("&", -1)));
                for (int i = parts.size() - 1; i >= 0; i--) {
                    List<String> fewer = new ArrayList<>(parts);
                    fewer.remove(i);
                    String target = current.target().substring(0, q) + (fewer.isEmpty() ? "" : "?" + String.join("&", fewer));
                    FuzzRequest candidate = current.withTarget(target);
                    if (same.test(candidate)) {
                        current = candidate;
                        parts = fewer;
                    }
                }
            }
            if (current.body() != null && current.body().length < 200_000) {
                try {
                    JsonNode body = JSON.readTree(current.body());
                    if (body != null && body.isObject()) {
                        List<String> names = new ArrayList<>();
                        body.fieldNames().forEachRemaining(names::add);
                        for (String name : names) {
                            com.fasterxml.jackson.databind.node.ObjectNode fewer =
                                    ((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(current.body()));
                            fewer.remove(name);
                            FuzzRequest candidate = current.withBody(JSON.writeValueAsBytes(fewer));
                            if (same.test(candidate)) {
                                current = candidate;
                            }
                        }
                    }
                } catch (java.io.IOException | RuntimeException notAnObject) {
                    // not JSON (or not re-serialisable without losing the fault): kept as generated
                }
            }
            group.minimized = current != group.smallest;
            group.smallest = current;
        }
    }

    int codecRefusals() {
        return codecRefusals.values().stream().flatMap(r -> r.statuses.values().stream()).mapToInt(n -> n).sum();
    }

    /** The codec's refusals by limit crossed: counts by status and the smallest request of each kind. */
    private String codecReport() {
        StringBuilder out = new StringBuilder("refused by the HTTP codec before the application (documented limit, "
                + "not failures): ").append(codecRefusals()).append('\n');
        codecRefusals.forEach((limit, refusals) -> out.append("  ").append(limit).append(": ")
                .append(refusals.statuses.values().stream().mapToInt(n -> n).sum()).append(" (statuses ")
                .append(refusals.statuses).append("), e.g. ")
                .append(shorten(refusals.smallest.describe(), 200)).append('\n'));
        return out.toString();
    }

    /** The report: totals, then each failing group with its reproduction, most frequent first within a status. */
    String report(String header, String baseUrl) {
        StringBuilder out = new StringBuilder(header).append('\n');
        out.append("requests judged: ").append(requests).append(" (").append(refusalsChecked)
                .append(" of them invalid by contract), statuses: ").append(statuses).append('\n');
        out.append("requests per operation: ").append(operations).append('\n');
        out.append("time per operation (total ms, the 8 costliest): ");
        timeByOperation.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .forEach(e -> out.append(e.getKey()).append('=').append(e.getValue()[1]).append(" ms/")
                        .append(e.getValue()[0]).append("  "));
        out.append("\nslowest requests: ");
        slowest.forEach(e -> out.append("\n  ").append(e.getKey()).append(" ms: ").append(e.getValue()));
        out.append('\n');
        out.append(codecReport());
        if (groups.isEmpty()) {
            return out.append("no failures\n").toString();
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        groups.forEach((k, g) -> byCategory.merge(k.category(), g.count, Integer::sum));
        out.append(groups.size()).append(" failing groups (").append(failingRequests())
                .append(" failures); by category: ").append(byCategory).append("\n");
        // The same fault usually fails every operation alike: first the faults, with how many operations show them.
        Map<String, List<String>> byStatusAndCategory = new TreeMap<>();
        groups.forEach((k, g) -> byStatusAndCategory.computeIfAbsent(
                (k.status() == 0 ? "no response" : k.status()) + " " + k.category(), c -> new ArrayList<>())
                .add(k.operation() + " (x" + g.count + ")"));
        out.append("\nsummary: status and category -> operations\n");
        byStatusAndCategory.forEach((category, ops) -> out.append("  ").append(category).append(" -> ")
                .append(ops.size()).append(ops.size() == 1 ? " operation: " : " operations: ")
                .append(shorten(String.join(", ", ops), 400)).append('\n'));
        int n = 0;
        for (Map.Entry<Key, Group> entry : groups.entrySet()) {
            Key key = entry.getKey();
            Group group = entry.getValue();
            out.append("\n[").append(++n).append("] ").append(key.operation()).append(" -> ")
                    .append(key.status() == 0 ? "no response" : String.valueOf(key.status())).append(": ")
                    .append(key.category()).append("  (x").append(group.count).append(", first at try ")
                    .append(group.firstTry).append(")\n");
            out.append("    why: ").append(group.detail).append('\n');
            out.append("    request").append(group.minimized ? " (minimized)" : "").append(":\n      ")
                    .append(group.smallest.describe().replace("\n", "\n    ")).append('\n');
            String curl = group.smallest.curl(baseUrl);
            if (curl != null) {
                out.append("    curl: ").append(shorten(curl, 800)).append('\n');
            }
        }
        return out.toString();
    }
}
