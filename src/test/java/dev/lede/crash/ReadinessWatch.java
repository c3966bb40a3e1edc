package dev.lede.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls {@code /q/health/ready} of the process being started with the index at {@code index}, while the test waits
 * for it to be ready, and records each "search: rebuilding n/N" it reports. The test's process wrapper picks the port
 * as it starts; the watch reads it from the child process's command line, which names the index too.
 */
final class ReadinessWatch {
    private static final Pattern REBUILDING = Pattern.compile("search: rebuilding (\\d+)/(\\d+)");
    private static final Pattern PORT = Pattern.compile("-Dquarkus\\.http\\.port=(\\d+)");

    /** One report of a rebuild in progress: {@code done} of {@code total} articles. */
    record Progress(long done, long total) {
    }

    private final String indexArgument;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Progress> seen = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean done;
    private volatile int polls;

    private ReadinessWatch(Path index) {
        this.indexArgument = "-Dlede.search.path=" + index.toAbsolutePath();
        this.thread = new Thread(this::watch, "readiness-watch");
        thread.setDaemon(true);
    }

    static ReadinessWatch start(Path index) {
        ReadinessWatch watch = new ReadinessWatch(index);
        watch.thread.start();
        return watch;
    }

    /** Stops watching; what was seen, in order. */
    List<Progress> stop() throws InterruptedException {
        done = true;
        thread.join(10_000);
        return List.copyOf(seen);
    }

    /** How many answers readiness gave (ready or not) while watched. */
    int polls() {
        return polls;
    }

    private void watch() {
        while (!done) {
            int port = childPort();
            if (port > 0) {
                poll(port);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void poll(int port) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            polls++;
            for (JsonNode check : Json.MAPPER.readTree(answer.body()).path("checks")) {
                Matcher rebuilding = REBUILDING.matcher(check.path("name").asText());
                if (rebuilding.matches()) {
                    seen.add(new Progress(Long.parseLong(rebuilding.group(1)), Long.parseLong(rebuilding.group(2))));
                }
            }
        } catch (IOException notListeningYet) {
            // the process is starting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The HTTP port of the child process started with this index, or 0 while there is none. */
    private int childPort() {
        return ProcessHandle.current().descendants()
                .map(child -> child.info().arguments().orElse(new String[0]))
                .filter(arguments -> Arrays.asList(arguments).contains(indexArgument))
                .flatMap(Arrays::stream)
                .map(PORT::matcher).filter(Matcher::matches)
                .mapToInt(port -> Integer.parseInt(port.group(1)))
                .findFirst().orElse(0);
    }
}
