package dev.lede.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs one webhook to the address {@link ReceiverGuard} checked (the URL's host still names it in Host and TLS, whose
 * certificate is verified against it), without following redirects, within the connect and read time-outs, keeping
 * at most {@link #PREFIX_BYTES} of the answer. Called on a delivery thread, which it blocks until the answer.
 */
@ApplicationScoped
class WebhookSender {
    static final int PREFIX_BYTES = 256;

    /** What came back: a status code (null when no response came), the body's first bytes, or an error. */
    record Answer(Integer status, String prefix, String error, int latencyMs) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebhookConfig config;
    private final HttpClient client;
    private final Vertx vertx;
    private Context context;

    WebhookSender(WebhookConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.readTimeout().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setForceSni(true).setVerifyHost(true).setMaxPoolSize(config.maxConcurrency()).setKeepAlive(true));
    }

    void stop(@Observes ShutdownEvent event) {
        client.close();
    }

    Answer post(URI uri, InetAddress address, Map<String, String> headers, byte[] body) {
        long start = System.nanoTime();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(uri.getHost()).setPort(port)
                .setSsl(https).setURI(target).setFollowRedirects(false)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()));
        headers.forEach(options::addHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        // On the sender's one context: the response's callbacks then run in the event-loop task that read its head,
        // before its body, so the prefix handler is in place for the first chunk.
        context().runOnContext(ignored -> client.request(options).onSuccess(request -> {
            sent.set(request);
            request.response().onSuccess(response -> read(response, answer)).onFailure(answer::completeExceptionally);
            request.end(Buffer.buffer(body));
        }).onFailure(answer::completeExceptionally));
        return timed(answer, sent, start);
    }

    private static void read(HttpClientResponse response, CompletableFuture<Answer> answer) {
        Buffer prefix = Buffer.buffer();
        response.handler(chunk -> {
            int room = PREFIX_BYTES - prefix.length();
            if (room > 0) {
                prefix.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
            }
        });
        response.exceptionHandler(answer::completeExceptionally);
        response.endHandler(done -> answer.complete(new Answer(response.statusCode(),
                new String(prefix.getBytes(), StandardCharsets.UTF_8).replace('\u0000', '\uFFFD'), null, 0)));
    }

    private synchronized Context context() {
        if (context == null) {
            context = vertx.getOrCreateContext();
        }
        return context;
    }

    private Answer timed(CompletableFuture<Answer> answer, AtomicReference<HttpClientRequest> sent, long start) {
        long budget = config.connectTimeout().plus(config.readTimeout()).toMillis();
        try {
            Answer got = answer.get(budget, TimeUnit.MILLISECONDS);
            return new Answer(got.status(), got.prefix(), null, elapsed(start));
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            return new Answer(null, null, "no complete answer within " + budget + " ms", elapsed(start));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Answer(null, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, null, "interrupted", elapsed(start));
        }
    }

    private static int elapsed(long start) {
        return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
