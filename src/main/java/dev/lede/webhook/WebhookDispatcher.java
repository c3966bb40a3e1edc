package dev.lede.webhook;

import dev.lede.platform.changelog.ChangeLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs the subscriptions' queues. Each is its own queue with at most one delivery in flight (a lease on its row, so also
 * across nodes); at most {@code lede.webhooks.max-concurrency} are served at once on a node, each on a thread of its
 * own, so a slow or dead receiver holds one thread for at most its time-outs and never delays the others. It looks for
 * due work every {@code poll-interval} and whenever a write commits on this node; a node that knows of no subscription
 * looks only every {@code idle-check} (so an idle service, and the tests' statement counts, see no queries). All state
 * is in the database: a node that crashes leaves nothing but leases, which lapse.
 */
@ApplicationScoped
class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Events one turn sends to a subscription before its thread goes to the next due one. */
    private static final int TURN = 20;

    private final WebhookConfig config;
    private final WebhookLeases leases;
    private final WebhookQueue queue;
    private final WebhookMessages messages;
    private final WebhookOutcomes outcomes;
    private final SealedSecrets sealed;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final KnownSubscriptions subscriptions;
    private volatile ScheduledExecutorService ticker; // read by wake() on request and delivery threads
    private ExecutorService workers;

    WebhookDispatcher(WebhookConfig config, WebhookLeases leases, WebhookQueue queue, WebhookMessages messages,
                      WebhookOutcomes outcomes, SealedSecrets sealed) {
        this.config = config;
        this.sealed = sealed;
        this.leases = leases;
        this.queue = queue;
        this.messages = messages;
        this.outcomes = outcomes;
        this.subscriptions = new KnownSubscriptions(config.idleCheck().toMillis());
    }

    synchronized void start(@Observes StartupEvent event) {
        if (ticker != null && !ticker.isShutdown()) {
            return;
        }
        if (!sealed.configured()) {
            // It could sign nothing: every lease it took would be a failed attempt, pushing subscriptions a node with
            // the key could serve toward dead letters. Such a node starts only while no subscription exists.
            LOG.warn("Webhooks are not delivered by this node: no master key is configured (LEDE_WEBHOOKS_MASTER_KEY)");
            return;
        }
        lookForSubscriptions(); // before the first request, not in the middle of one (statement counts)
        ticker = Executors.newSingleThreadScheduledExecutor(daemon("lede-webhooks"));
        workers = Executors.newFixedThreadPool(config.maxConcurrency(), daemon("lede-webhook-delivery"));
        long every = config.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            // Without an interrupt (one during H2's file I/O closes the database for every thread): a delivery in
            // flight ends by its time-outs, its outcome recorded or, if the process ends first, sent again later.
            ticker.shutdown();
            workers.shutdown();
            try { // bounded by the time-outs of the one attempt each thread may be in
                workers.awaitTermination(config.connectTimeout().plus(config.readTimeout()).toMillis() + 1000,
                        TimeUnit.MILLISECONDS);
                // and the tick under way, if any (its reads of due deliveries): once stopped, nothing of it runs
                ticker.awaitTermination(config.connectTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        inFlight.clear();
    }

    /** A subscription was created or changed here: look now. */
    void subscribed() {
        subscriptions.subscribed();
        wake();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed change) {
        if (subscriptions.known()) {
            wake();
        }
    }

    private void wake() {
        ScheduledExecutorService current = ticker;
        if (current != null && woken.compareAndSet(false, true)) {
            try {
                current.execute(this::tick);
            } catch (RejectedExecutionException stopped) { // the node is stopping: its next start looks again
                woken.set(false);
            }
        }
    }

    private void tick() {
        woken.set(false);
        try {
            if (!subscriptions.worthALook(System.currentTimeMillis())) {
                return;
            }
            int free = config.maxConcurrency() - inFlight.size();
            List<WebhookLeases.Claim> due = free > 0 ? leases.claimDue(free, Set.copyOf(inFlight)) : List.of();
            if (due.isEmpty() && free > 0) {
                lookForSubscriptions();
            }
            for (WebhookLeases.Claim claim : due) {
                inFlight.add(claim.id());
                try {
                    workers.execute(() -> turn(claim));
                } catch (RejectedExecutionException stopping) { // claimed as the node stopped: hand it back
                    leases.release(claim);
                    inFlight.remove(claim.id());
                }
            }
        } catch (RuntimeException | Error e) { // an escaping throwable would cancel every later tick
            LOG.warnf("Could not look for due webhooks, retried shortly: %s", e.getMessage());
        }
    }

    private void lookForSubscriptions() {
        long look = subscriptions.look();
        subscriptions.settle(look, leases.anySubscription(), System.currentTimeMillis());
    }

    /**
     * Sends a subscription's due events in order, stopping at the first that fails (it waits for its retry), and before
     * an attempt that could outlast the lease: once it lapses another node may take the subscription, and two senders
     * would break its order.
     */
    private void turn(WebhookLeases.Claim claim) {
        String id = claim.id();
        try {
            for (int sent = 0; sent < TURN && claim.roomFor(leases.attempt()); sent++) {
                var work = queue.next(id);
                if (work.isEmpty()) {
                    break;
                }
                WebhookSender.Answer answer = messages.send(work.get());
                outcomes.record(work.get(), answer);
                if (!answer.delivered()) {
                    break;
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.warnf("Webhook delivery for subscription %s failed before an outcome was recorded, retried: %s", id,
                    e.getMessage());
        } finally {
            try {
                leases.release(claim);
            } finally {
                inFlight.remove(id);
                wake();
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
