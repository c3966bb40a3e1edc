package dev.lede.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CDN's purge endpoint on a local port (the JDK's HTTP server), that Lede is configured to POST to, with its own
 * freshness per kind and a small limit on the keys a response names.
 */
public class CdnProfile implements QuarkusTestProfile {
    static final String TOKEN = "purge-token-" + java.util.UUID.randomUUID();

    /** One POST received. */
    record Purge(String authorization, String contentType, List<String> keys) {
    }

    static final List<Purge> RECEIVED = new CopyOnWriteArrayList<>();
    /** How many requests to come are answered 503 (and not recorded) before the next one is accepted. */
    static final AtomicInteger FAIL_NEXT = new AtomicInteger();
    static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private static final HttpServer SERVER = start();

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ObjectMapper json = new ObjectMapper();
            server.createContext("/purge", exchange -> {
                ATTEMPTS.incrementAndGet();
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    List<String> keys = json.readerForListOf(String.class).readValue(json.readTree(body).get("keys"));
                    RECEIVED.add(new Purge(exchange.getRequestHeaders().getFirst("Authorization"),
                            exchange.getRequestHeaders().getFirst("Content-Type"), keys));
                    exchange.sendResponseHeaders(202, -1);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lede.cdn.purge.url", "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/purge",
                "lede.cdn.purge.token", TOKEN,
                "lede.cdn.purge.backoff", "50ms",
                "lede.cdn.items.max-age", "10s",
                "lede.cdn.lists.max-age", "20s",
                "lede.cdn.lists.stale-while-revalidate", "0s",
                "lede.cdn.surrogate-key-max-bytes", "300");
    }
}
