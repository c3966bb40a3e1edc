package dev.lede.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.process.LedeProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the packaged server with requests generated from the OpenAPI document it serves (GET /openapi): every
 * operation, plus HEAD and OPTIONS on each path, methods a path does not allow, unknown paths and transport-level
 * oddities; valid and invalid values for every parameter, header and body field (wrong types, missing and unknown
 * fields, duplicate keys, NUL and lone surrogates, invalid UTF-8, bad percent escapes, huge and deeply nested values,
 * unicode of every kind). See {@link RequestFactory} for what is generated and {@link Findings} for the verdicts.
 *
 * <p>It asserts, over the whole run (it does not stop at the first failure): no 5xx; an RFC 9457 problem
 * (application/problem+json with type, title and status) for every 4xx; a response to every request; no stack trace
 * and never the admin key in a response; no 2xx to a request the API's contract refuses; and afterwards a healthy
 * server (GET /q/health/ready is 200, a list and the seeded reference article read normally). Failures are reported
 * grouped by (operation, status, category), each with its smallest request, shrunk by resending it without each
 * header, query parameter and body member in turn; the report is also written to target/fuzz-report-DB.txt.
 *
 * <p>Refused by the HTTP codec before the application (documented limit): Netty and Vert.x refuse some requests
 * while parsing them, before any of Lede's code runs, and Lede cannot give those refusals a body: a request line over
 * 128 KiB, headers over 64 KiB, a Transfer-Encoding that RFC 9112 section 6.3 has it refuse (chunked beside a
 * Content-Length, or not the last coding), a header value with NUL or a raw control byte, an unparseable or negative
 * Content-Length (the suite sends no other malformed framing). The suite keeps sending these probes and counts their bodiless answers
 * apart, listed with counts in the report, without failing the run, but only when the answer is a 4xx without
 * X-Request-Id (Lede's first filter sets it on every response it handles, so no Lede code ran), the server closed
 * the connection, and the server is healthy afterwards. Every other 4xx, which an application handler could have
 * answered, must have a problem body or fails the run ({@link Findings}).
 *
 * <p>A plain JUnit test: one seeded {@link Draw} makes the requests one after another, so a seed fixes every request
 * of the run (fixture ids, which differ per run, are filled in when sending) and a run replays exactly. The suite has
 * its own small generator instead of jqwik because the author of jqwik 1.10 asks AI agents not to use that library.
 * <ul>
 * <li>Default (CI): seed {@value #DEFAULT_SEED}, logged, {@value #DEFAULT_REQUESTS} generated requests (plus 250 to
 * 400 of set-up and fixture upkeep, judged alike), on H2 or PostgreSQL (database lede_it_b) as the jar was built:
 * about a minute of requests on a 2-core machine (70 s on PostgreSQL), up to four when it is very busy (223 s on H2
 * at a load average of 15), plus half a minute to a minute to start the jar and shrink the reproductions.
 * <li>{@code -Dlede.fuzz.seed=N} another fixed seed (replays a run; with fewer requests, its beginning);
 * {@code -Dlede.fuzz.seed=random} a new one,
 * logged at the start and in the report's first line with the switches that replay it.
 * <li>{@code -Dlede.fuzz.requests=N} the number of generated requests, e.g. a longer run on demand:
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FuzzIT
 * -Dlede.fuzz.seed=random -Dlede.fuzz.requests=50000}.
 * </ul>
 */
class FuzzIT {
    static final String DEFAULT_SEED = "20240917";
    static final int DEFAULT_REQUESTS = 5000;
    private static final String REFERENCE_ARTICLE =
            "us-expresses-concern-over-military-association-between-russia-and-iran";
    private static final int FIXTURE_UPKEEP_EVERY = 2500;

    private static LedeProcess server;
    private static RawHttp http;
    private static Findings findings;
    private static Fixtures fixtures;
    private static RequestFactory factory;
    private static long seed;
    private static int tries;
    private static long started;
    private static String diedAt;

    @BeforeAll
    static void start() throws Exception {
        // Every exception with its stack, even when thrown often (the 5xx are named by their cause in the log).
        server = LedeProcess.on("fuzz", "lede_it_b", true, "-XX:-OmitStackTraceInFastThrow").start();
        http = new RawHttp("127.0.0.1", server.port(), 60_000);
        ServerLog log = new ServerLog(server);
        findings = new Findings(log::explain);
        RawHttp.Response document = harness(new FuzzRequest("openapi", "GET", "/openapi",
                FuzzRequest.headers("Accept", "application/json"), null, "HTTP/1.1", true, null, List.of()), 0);
        assertThat(document.status()).as("GET /openapi").isEqualTo(200);
        ApiModel api = ApiModel.parse(document.body());
        assertThat(api.operations).as("operations in the OpenAPI document").hasSizeGreaterThan(10);
        fixtures = new Fixtures((request, purpose) -> harness(request, 0));
        Map<String, List<String>> references = fixtures.references();
        fixtures.ensure();
        factory = new RequestFactory(api, references);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (http != null) {
            http.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyResponseIsHealthy() throws IOException {
        String wanted = System.getProperty("lede.fuzz.seed", DEFAULT_SEED).trim();
        try {
            seed = wanted.equalsIgnoreCase("random") ? new SecureRandom().nextLong() : Long.parseLong(wanted);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dlede.fuzz.seed must be a whole number or 'random', not: " + wanted);
        }
        int requests = Integer.getInteger("lede.fuzz.requests", DEFAULT_REQUESTS);
        System.out.println("FUZZ seed=" + seed + " requests=" + requests + " database="
                + (LedeProcess.postgres() ? "PostgreSQL" : "H2") + " (replay: -Dlede.fuzz.seed=" + seed
                + " -Dlede.fuzz.requests=" + requests + ")");
        Draw draw = new Draw(seed);
        started = System.nanoTime();
        while (tries < requests && diedAt == null) {
            send(factory.next(draw));
        }
        reportAndVerify(requests);
    }

    /** Sends one generated request and judges the answer; notes when the server died. */
    private static void send(FuzzRequest generated) {
        tries++;
        if (tries % FIXTURE_UPKEEP_EVERY == 0) {
            fixtures.ensure();
        }
        FuzzRequest request = generated.resolve(fixtures.placeholders());
        RawHttp.Response response = http.send(request);
        findings.record(request, response, tries);
        fixtures.harvest(response);
        if (request.isWrite() && response.status() >= 200 && response.status() < 300) {
            fixtures.touched(generated, response);
        }
        if (response.failure() != null && !running()) {
            String log = server.logTail(3);
            diedAt = "the server process died at try " + tries + " (seed " + seed + "), after:\n" + request.describe()
                    + (log.contains("stopped in") ? "\nIts log ends with a graceful shutdown: something sent it SIGTERM"
                    + " or SIGINT (no request can), e.g. another process on this machine killing Java processes by name."
                    : "\nIts log ends without a shutdown: it was killed or crashed.") + "\nLast lines of its log:\n" + log;
        }
    }

    /** False when the process has exited, or exits within 3 s (a refused connection is often the first sign). */
    private static boolean running() {
        for (int i = 0; i < 30 && server.alive(); i++) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 1000);
                return true;
            } catch (IOException refused) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return server.alive();
    }

    private static void reportAndVerify(int requests) throws IOException {
        long fuzzMillis = (System.nanoTime() - started) / 1_000_000;
        List<String> afterwards = healthAfterwards();
        long deadline = System.nanoTime() + 15_000_000_000L;
        if (diedAt == null && server.alive()) {
            findings.minimize(request -> http.send(request.resolve(fixtures.placeholders())), 300, deadline);
        }
        String database = LedeProcess.postgres() ? "PostgreSQL" : "H2";
        String header = "FUZZ report: seed " + seed + ", " + tries + (tries < requests ? " of " + requests : "")
                + " generated requests in " + fuzzMillis + " ms on " + database
                + " (replay: -Dit.test=FuzzIT -Dlede.fuzz.seed=" + seed + " -Dlede.fuzz.requests=" + requests + ")";
        StringBuilder report = new StringBuilder(findings.report(header, "http://127.0.0.1:PORT"));
        if (diedAt != null) {
            report.append("\n").append(diedAt).append('\n');
        }
        report.append(afterwards.isEmpty() ? "\nafter the run: healthy\n" : "\nafter the run: " + afterwards + "\n");
        report.append(serverErrors());
        Path file = Path.of(System.getProperty("lede.it.logs", "target/it-logs")).getParent()
                .resolve("fuzz-report-" + database + ".txt");
        String text = Findings.safe(report.toString());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        // The server's log, kept per database (the next build's run of the same name overwrites its own).
        Files.writeString(file.resolveSibling("fuzz-server-" + database + ".log"), Findings.safe(server.logTail(2_000_000)),
                StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(findings.requests()).as("requests sent").isGreaterThanOrEqualTo(tries);
        if (!findings.clean() || !afterwards.isEmpty() || diedAt != null) {
            throw new AssertionError(text + "\n(report also in " + file + ")");
        }
    }

    /** After the run: the process lives, is ready, and a normal list and read work. */
    private static List<String> healthAfterwards() {
        List<String> problems = new ArrayList<>();
        if (!server.alive()) {
            problems.add("the server process is dead:\n" + server.logTail(40));
            return problems;
        }
        try (RawHttp fresh = new RawHttp("127.0.0.1", server.port(), 30_000)) {
            RawHttp.Response ready = fresh.send(Fixtures.get("/q/health/ready"));
            if (ready.status() != 200) {
                problems.add("GET /q/health/ready answered " + ready.status() + ": " + ready.text());
            }
            RawHttp.Response list = fresh.send(new FuzzRequest("health", "GET", "/v1/articles?limit=5",
                    FuzzRequest.headers("Accept", "application/json"), null, "HTTP/1.1", true, null, List.of()));
            if (list.status() != 200 || !Fixtures.json(list).path("data").isArray()
                    || Fixtures.json(list).path("data").isEmpty()) {
                problems.add("GET /v1/articles?limit=5 answered " + list.status() + ": " + Findings.shorten(list.text(), 300));
            }
            RawHttp.Response article = fresh.send(new FuzzRequest("health", "GET", "/v1/articles/" + REFERENCE_ARTICLE,
                    List.of(), null, "HTTP/1.1", true, null, List.of()));
            if (article.status() != 200 || !Fixtures.json(article).path("slug").asText().equals(REFERENCE_ARTICLE)) {
                problems.add("GET /v1/articles/" + REFERENCE_ARTICLE + " answered " + article.status() + ": "
                        + Findings.shorten(article.text(), 300));
            }
        }
        return problems;
    }

    /** The distinct errors the server logged (exception types and first lines), to help read the 5xx. */
    private static String serverErrors() {
        String log = server.logTail(1_000_000);
        Map<String, Integer> distinct = new LinkedHashMap<>();
        Matcher errors = Pattern.compile("(?m)^\\S+ \\S+ (ERROR|WARN) +\\[([^]]+)] .*?\\] (.{0,160})").matcher(log);
        while (errors.find()) {
            distinct.merge(errors.group(1) + " [" + errors.group(2) + "] " + errors.group(3)
                            .replaceAll("error id: \\S+", "error id: ?").replaceAll("[0-9a-f-]{36}", "<id>"),
                    1, Integer::sum);
        }
        Matcher exceptions = Pattern.compile("(?m)^([a-z][\\w.$]*\\.[A-Z]\\w*(Exception|Error))(: .{0,140})?").matcher(log);
        while (exceptions.find()) {
            distinct.merge("exception " + exceptions.group(1) + (exceptions.group(3) == null ? "" : exceptions.group(3)),
                    1, Integer::sum);
        }
        if (distinct.isEmpty()) {
            return "server log: no ERROR or WARN lines\n";
        }
        StringBuilder out = new StringBuilder("server log, distinct ERROR/WARN lines and exceptions (count):\n");
        distinct.entrySet().stream().limit(40)
                .forEach(e -> out.append("  ").append(e.getValue()).append("x ").append(e.getKey()).append('\n'));
        return out.toString();
    }

    private static RawHttp.Response harness(FuzzRequest request, int tryNumber) {
        RawHttp.Response response = http.send(request);
        findings.record(request, response, tryNumber);
        return response;
    }
}
