package dev.lede.crash;

import static dev.lede.crash.Text.log;

import dev.lede.process.LedeProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application under test, run as a process that the test kills and restarts on the same data, and the
 * HTTP client that talks to its current run. Writer threads read the run's address while the kill loop restarts it,
 * hence the volatile fields.
 */
final class CrashApp {
    private static final String AUTH = "Bearer " + LedeProcess.ADMIN_KEY;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Each run of the application lives seconds: C2 would compile for nothing, and its compiler threads slow the
     * start-up (the bulk of this test's time) on two cores, to half the speed on a busy machine (8-20 s against 15-38 s).
     */
    private static final String[] APP_JVM_ARGS = {"-XX:TieredStopAtLevel=1"};

    private final LedeProcess process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String base;
    private volatile int generation;

    private CrashApp(LedeProcess process) {
        this.process = process;
    }

    /**
     * The application on an empty database ({@code database} when it runs on PostgreSQL), with {@code appArgs}
     * (space-separated) added to its JVM arguments; not started yet.
     */
    static CrashApp on(String database, String appArgs) throws IOException {
        List<String> jvm = new ArrayList<>(List.of(APP_JVM_ARGS));
        if (!appArgs.isEmpty()) {
            jvm.addAll(List.of(appArgs.split("\\s+")));
        }
        return new CrashApp(LedeProcess.on("crash", database, false, jvm.toArray(String[]::new)));
    }

    /** Starts the next run on the same data and waits until it is ready. */
    void restart() throws IOException, InterruptedException {
        long t = System.nanoTime();
        process.start();
        generation = process.starts();
        base = process.baseUrl();
        log("run %d ready on %s in %d ms", generation, base, (System.nanoTime() - t) / 1_000_000);
    }

    /** The number of the current (or last) run, 1 for the first. */
    int generation() {
        return generation;
    }

    /** A request to the current run, with the admin key (drafts are visible, nothing is served from a cache). */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH).timeout(REQUEST_TIMEOUT);
    }

    HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: the requests in flight fail at once. */
    void kill() throws InterruptedException {
        process.kill();
    }

    void stop() throws InterruptedException {
        process.stop();
    }

    void close() throws InterruptedException {
        process.close();
    }

    String logTail(int lines) {
        return process.logTail(lines);
    }

    String logTail(int run, int lines) {
        return process.logTail(run, lines);
    }

    /** The database under the API; on H2 only once the process is stopped. */
    Connection jdbc() throws SQLException {
        return process.jdbc();
    }
}
