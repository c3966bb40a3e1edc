package dev.lede.platform.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.platform.changelog.ChangeLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jboss.logging.Logger;

/**
 * The purge hook ({@code lede.cdn.purge.url}): after a write commits on this node, the surrogate keys it made stale
 * (the ones the response cache evicts for it, {@link SurrogateKeys#purged}) are POSTed as {@code {"keys": [...]}}.
 *
 * <p>Never on the request thread: the commit only queues the keys (bounded; when full, the queue is replaced by
 * {@link SurrogateKeys#ALL}, which every response carries, so an overflow purges too much, never too little). One
 * background thread sends them in batches, retrying a failed POST with a growing wait, and logs what it gave up on
 * (the host, never the URL's credentials or the token). The queue is in memory: a crash between a commit and its POST
 * loses that purge, and the CDN then serves the old response until its max-age (and stale-while-revalidate) run out.
 * A CDN integration that must not miss one follows the change feed, the complete, resumable record of every write.
 */
@ApplicationScoped
public class CdnPurge {
    private static final Logger LOG = Logger.getLogger(CdnPurge.class);

    private final CdnConfig.Purge config;
    private final ObjectMapper mapper;
    /** The keys of each commit, in order: one commit's keys go in one POST (unless they are more than a batch). */
    private final BlockingQueue<Set<String>> queue;
    private volatile boolean overflowed;
    private HttpClient client;
    private Thread sender;

    public CdnPurge(CdnConfig config, ObjectMapper mapper) {
        this.config = config.purge();
        this.mapper = mapper;
        this.queue = new LinkedBlockingQueue<>(this.config.queue());
    }

    void start(@Observes StartupEvent event) {
        if (config.url().isEmpty()) {
            return;
        }
        String scheme = config.url().get().getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalStateException("lede.cdn.purge.url must be an http or https URL");
        }
        client = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        sender = new Thread(this::send, "lede-cdn-purge");
        sender.setDaemon(true);
        sender.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (sender != null) {
            sender.interrupt();
        }
    }

    /** Queues the keys a write made stale; returns at once. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        if (sender == null) {
            return;
        }
        if (!queue.offer(SurrogateKeys.purged(change.resourceId(), change.embeddedIn(), change.listsChanged()))) {
            overflowed = true;
            queue.clear();
            queue.offer(Set.of(SurrogateKeys.ALL)); // wakes the sender, which sends ALL alone
        }
    }

    private void send() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> keys = new LinkedHashSet<>(queue.take());
                Set<String> next;
                while (keys.size() < config.batch() && (next = queue.poll()) != null) {
                    keys.addAll(next);
                }
                if (overflowed) {
                    overflowed = false;
                    keys = Set.of(SurrogateKeys.ALL);
                }
                List<String> all = new ArrayList<>(keys);
                for (int from = 0; from < all.size(); from += config.batch()) {
                    post(new LinkedHashSet<>(all.subList(from, Math.min(all.size(), from + config.batch()))));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One batch, retried after 1, 2, 4... times the backoff; a 4xx other than 429 is not retried. */
    private void post(Set<String> keys) throws InterruptedException {
        URI url = config.url().orElseThrow();
        String failure = null;
        for (int attempt = 0; attempt <= config.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(config.backoff().toMillis() << Math.min(attempt - 1, 16));
            }
            try {
                int status = client.send(request(url, keys), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                failure = "status " + status;
                if (status / 100 == 4 && status != 429) {
                    break;
                }
            } catch (IOException | RuntimeException e) {
                failure = e.getClass().getSimpleName(); // not its message, which may quote the URL
            }
        }
        // Scheme and host only: some purge hooks carry their token in the path.
        LOG.warnf("CDN purge of %d keys at %s://%s failed (%s); those responses stay cached until they expire",
                keys.size(), url.getScheme(), url.getHost(), failure);
    }

    private HttpRequest request(URI url, Set<String> keys) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(keys)));
        config.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request.build();
    }

    private byte[] json(Set<String> keys) {
        try {
            return mapper.writeValueAsBytes(Map.of("keys", keys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("keys are strings", e);
        }
    }
}
