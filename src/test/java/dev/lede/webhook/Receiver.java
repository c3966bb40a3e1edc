package dev.lede.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** A webhook receiver on 127.0.0.1 for tests: records every request and answers as told (fail n times, hang, be down). */
final class Receiver implements AutoCloseable {
    /** One request as it arrived, and the status it was answered with (0: never answered). */
    record Message(Map<String, String> headers, byte[] body, int answered, long receivedNanos) {
        String id() {
            return headers.get("webhook-id");
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean hang;
    private volatile CountDownLatch held;
    private volatile long slowMillis;
    private volatile int failWith = 500;
    private HttpServer server;
    private int port;

    static Receiver started() throws IOException {
        Receiver receiver = new Receiver();
        receiver.up();
        return receiver;
    }

    void up() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            if (hang) {
                messages.add(new Message(Map.copyOf(headers), body, 0, System.nanoTime()));
                await();
                exchange.close();
                return;
            }
            CountDownLatch hold = held;
            if (hold != null) { // answered 204 once released (a receiver that got the event, its answer delayed)
                messages.add(new Message(Map.copyOf(headers), body, 204, System.nanoTime()));
                awaitQuietly(hold);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            }
            pause(slowMillis);
            int status = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? failWith : 204;
            messages.add(new Message(Map.copyOf(headers), body, status, System.nanoTime()));
            byte[] answer = (status == 204 ? "" : "receiver says no").getBytes();
            exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
            if (status != 204) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    void down() {
        server.stop(0);
    }

    Receiver failing(int times) {
        failuresLeft.set(times);
        return this;
    }

    /** Answers each request only after this long (a receiver that is slow but well). */
    Receiver slow(Duration delay) {
        slowMillis = delay.toMillis();
        return this;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Holds every request (counted as delivered) until {@link #release()}, then answers 204. */
    Receiver holding() {
        held = new CountDownLatch(1);
        return this;
    }

    void release() {
        CountDownLatch hold = held;
        held = null;
        if (hold != null) {
            hold.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Receiver hanging() {
        hang = true;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    List<Message> delivered() {
        return messages.stream().filter(message -> message.answered() == 204).toList();
    }

    private void await() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        release();
        server.stop(0);
    }

    /** Waits until the condition holds, at most {@code limit}; false when it never did. */
    static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
