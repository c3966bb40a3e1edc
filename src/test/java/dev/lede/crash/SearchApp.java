package dev.lede.crash;

import static dev.lede.crash.Text.abbreviated;
import static dev.lede.crash.Text.log;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.process.LedeProcess;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged application for {@link SearchCrashIT}: one process with a search index directory the test chooses (so
 * that it can delete or corrupt it while the process is stopped), killed and restarted on the same data; and the
 * requests the test sends it. Searches are anonymous, as a reader's; everything else uses the admin key.
 */
final class SearchApp {
    private static final String AUTH = "Bearer " + LedeProcess.ADMIN_KEY;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final LedeProcess process;
    private final Path index;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Read by the writer threads while the test restarts the process. */
    private volatile String base;
    private final AtomicInteger inFlight = new AtomicInteger();

    private SearchApp(LedeProcess process, Path index) {
        this.process = process;
        this.index = index;
    }

    /**
     * The application on an empty database ({@code database} on PostgreSQL) with its index at {@code index}; a
     * missing index of more than {@code inlineUpTo} articles is rebuilt in the background. Not started yet.
     */
    static SearchApp on(String database, Path index, int inlineUpTo) throws IOException {
        // Each run lives seconds: C2 would compile for nothing and slow the start-up on two cores (see CrashApp).
        return new SearchApp(LedeProcess.on("searchcrash", database, false, "-XX:TieredStopAtLevel=1",
                "-Dlede.search.path=" + index.toAbsolutePath(),
                "-Dlede.search.rebuild-inline-up-to=" + inlineUpTo), index);
    }

    Path index() {
        return index;
    }

    /** Starts the next run on the same data and waits until it is ready (a background rebuild included). */
    void start() throws IOException, InterruptedException {
        long t = System.nanoTime();
        process.start();
        base = process.baseUrl();
        log("searchcrash run %d ready in %d ms", process.starts(), (System.nanoTime() - t) / 1_000_000);
    }

    /** SIGKILL: the requests in flight fail at once. */
    void kill() throws InterruptedException {
        process.kill();
    }

    void stop() throws InterruptedException {
        process.stop();
    }

    boolean alive() {
        return process.alive();
    }

    String logTail(int run, int lines) {
        return process.logTail(run, lines);
    }

    int run() {
        return process.starts();
    }

    /** Requests sent and not yet answered, by any thread. */
    int inFlight() {
        return inFlight.get();
    }

    HttpRequest.Builder admin(String path) {
        return anonymous(path).header("Authorization", AUTH);
    }

    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        inFlight.incrementAndGet();
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** A GET that must answer 200; its JSON. */
    JsonNode read(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.GET().build();
        HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET " + built.uri() + " answered " + answer.statusCode() + ": "
                    + abbreviated(answer.body()) + "\n" + process.logTail(40));
        }
        return Json.MAPPER.readTree(answer.body());
    }

    /** The slugs of what a reader finds with {@code q} (one page: a token names one article). */
    List<String> search(String q) throws IOException, InterruptedException {
        return Json.slugsOf(read(anonymous("/v1/articles?limit=100&fields=slug&q=" + encoded(q))).path("data"));
    }

    /** Every item of a list, following its "next" links from {@code first}; a repeated slug fails. */
    List<JsonNode> everyPage(String first, boolean withKey) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();
        String next = first;
        while (next != null) {
            JsonNode page = read(withKey ? admin(next) : anonymous(next));
            for (JsonNode item : page.path("data")) {
                if (!slugs.add(item.path("slug").asText())) {
                    throw new AssertionError("the list " + first + " gives " + item.path("slug").asText() + " twice");
                }
                items.add(item);
            }
            JsonNode link = page.path("links").path("next");
            next = link.isTextual() ? link.asText() : null;
        }
        return items;
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
