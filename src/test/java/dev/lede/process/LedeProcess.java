package dev.lede.process;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The packaged application (target/quarkus-app/quarkus-run.jar) run as a separate process, for tests that must
 * kill it, restart it on the same data, or check that it is still healthy after abuse (the *IT classes, run by
 * failsafe after packaging).
 *
 * <p>The database is the one the jar was built for: H2 (the default build) in a data directory of its own, used
 * exactly as a user's {@code java -jar} would (the default JDBC URL, relative to the working directory); or
 * PostgreSQL when the build ran with {@code -Dquarkus.profile=pg} (CI), in a database named by the test, cleaned
 * on the first start only.
 */
public final class LedeProcess implements AutoCloseable {
    public static final String ADMIN_KEY = "lede-it-key";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final String name;
    private final Path workDir;
    private final String pgDatabase;
    private final boolean seed;
    private final List<String> extraArgs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int port;
    private int starts;
    private Path log;

    private LedeProcess(String name, String pgDatabase, boolean seed, List<String> extraArgs) throws IOException {
        this.name = name;
        this.pgDatabase = pgDatabase;
        this.seed = seed;
        this.extraArgs = List.copyOf(extraArgs);
        this.workDir = Files.createTempDirectory("lede-it-" + name + "-");
    }

    /**
     * A process named {@code name} (used for its log files), on an empty database: a fresh H2 directory, or the
     * PostgreSQL database {@code pgDatabase} (cleaned at the first start). Not started yet.
     */
    public static LedeProcess on(String name, String pgDatabase, boolean seed, String... extraArgs) throws IOException {
        return new LedeProcess(name, pgDatabase, seed, List.of(extraArgs));
    }

    /** True when the jar under test was built for PostgreSQL. */
    public static boolean postgres() {
        return "pg".equals(System.getProperty("lede.it.build-profile"));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the process (again, on the same data after a kill) and waits until it is ready. */
    public LedeProcess start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        port = freePort();
        starts++;
        log = logOf(starts);
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:+UseParallelGC",
                "-Dquarkus.http.port=" + port, "-Dlede.seed.enabled=" + seed));
        command.addAll(extraArgs);
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("LEDE_"));
        env.put("LEDE_ADMIN_KEY", ADMIN_KEY);
        // These tests crash, fuzz and replay the server from one address: the anonymous rate limit is not what they test
        env.put("LEDE_RATE_LIMIT_ENABLED", "false");
        // A packaged app keeps webhook secrets only under a configured master key; the same one on every restart
        env.put("LEDE_WEBHOOKS_MASTER_KEY", "cHJvY2Vzcy1pdHMtd2ViaG9va3MtbWFzdGVyLWtleSE=");
        if (postgres()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
            env.put("LEDE_PG_CLEAN_AT_START", String.valueOf(starts == 1));
        }
        process = builder.start();
        awaitReady();
        return this;
    }

    /**
     * Starts from an H2 file an earlier run left (a gzipped test resource), put where the process keeps its database:
     * {@code data/lede.mv.db} under its working directory. H2 builds only; call before the first start.
     */
    public LedeProcess withH2File(String gzippedResource) throws IOException {
        if (postgres()) {
            throw new IllegalStateException("an H2 file is for the H2 build");
        }
        if (starts > 0) {
            throw new IllegalStateException(name + " has already started on its own database");
        }
        Path target = workDir.resolve("data/lede.mv.db");
        Files.createDirectories(target.getParent());
        try (InputStream resource = LedeProcess.class.getResourceAsStream(gzippedResource)) {
            if (resource == null) {
                throw new IllegalStateException("no test resource " + gzippedResource);
            }
            Files.copy(new GZIPInputStream(resource), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, nothing flushed that was not already. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM and wait for the graceful shutdown. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** The log of the current (or last) run, for failure messages. */
    public String logTail(int lines) {
        return tail(log, lines);
    }

    /**
     * The log of run number {@code start} (1 for the first start): after a kill, the run that was killed is the
     * one whose last lines say what the server was doing.
     */
    public String logTail(int start, int lines) {
        return tail(logOf(start), lines);
    }

    /** How many times the process was started (the number of the current or last run). */
    public int starts() {
        return starts;
    }

    private Path logOf(int start) {
        return Path.of(System.getProperty("lede.it.logs", "target/it-logs")).resolve(name + "-" + start + ".log");
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * A JDBC connection to the database, for checks that look under the API (the change log). For H2 the process
     * must be stopped first: the file database admits one process.
     */
    public Connection jdbc() throws SQLException {
        if (postgres()) {
            return DriverManager.getConnection(jdbcUrl(), "lede", "lede");
        }
        if (alive()) {
            throw new IllegalStateException("stop " + name + " before opening its H2 file");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/lede").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "lede", "lede");
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private String jdbcUrl() {
        String base = System.getenv().getOrDefault("LEDE_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        return base + pgDatabase;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n"
                        + logTail(60));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready after " + READY_TIMEOUT + ":\n" + logTail(60));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("lede.it.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged application at " + jar + ": run ./mvnw verify");
        }
        return jar.toAbsolutePath();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
