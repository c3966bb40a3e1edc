package dev.lede.platform.search;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Keeps one {@link SearchIndex} in step with the change log, on every node.
 *
 * <p>Two paths apply a change. A write made on this node is applied once its transaction commits, before its response
 * returns (a search after a 2xx sees it). And a follower reads the log once a {@code followEvery} past its position,
 * applying what it has not applied yet: other nodes' writes, and any of this node's that failed or were cut short.
 * The log's seq is gap-free and in commit order, so the follower's position is contiguous: every change up to it is
 * in the index, and that position is what the index stores with its commits. A crash at any moment (even between
 * two writers' after-commit steps that ran out of order) loses nothing: the restart catches up from the position.
 *
 * <p>Applying reads the documents' current state from the database, under one lock per index: two appliers cannot
 * interleave a read and a write (an older read overwriting a newer document), and a change skipped by the follower
 * because this node applied it is in the index at least as new as that change.
 */
public final class IndexFeeder implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(IndexFeeder.class);

    private final SearchIndex index;
    private final SearchSource source;
    private final SourceDocuments documents;
    private final TransactionSynchronizationRegistry transactions;
    private final TransactionManager transactionManager;
    /** How long a writer waits for the index before leaving its change to the follower. */
    private static final long WAIT_SECONDS = 10;
    private final Consumer<List<ChangeEvent>> applied;
    private final ReentrantLock feeding = new ReentrantLock();
    /** Positions applied after their commit on this node and not yet passed by the follower. */
    private final ConcurrentSkipListSet<Long> appliedHere = new ConcurrentSkipListSet<>();
    private final ScheduledExecutorService timer;
    private volatile long followed;
    /** The last change committed on this node that its commit could not apply (0: none): the follower has it to do. */
    private volatile long missedUpTo;
    private volatile boolean complete;
    private final IndexRebuilds rebuilds;
    private volatile boolean closed;

    /** {@code applied} hears the events whose changes have reached the index (the response cache drops again what they changed). */
    public IndexFeeder(SearchIndex index, SearchSource source, TransactionSynchronizationRegistry transactions,
            TransactionManager transactionManager, Consumer<List<ChangeEvent>> applied) {
        this.index = index;
        this.source = source;
        this.documents = new SourceDocuments(source);
        this.rebuilds = new IndexRebuilds(index, source.name(), documents, this::promote);
        this.transactions = transactions;
        this.transactionManager = transactionManager;
        this.applied = applied;
        this.complete = !index.needsRebuild();
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "search-follow-" + source.name());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Catches up (or rebuilds a missing index: inline up to {@code inlineUpTo} documents), then follows the log. */
    public void start(long inlineUpTo, Duration followEvery) {
        long head = QuarkusTransaction.requiringNew().call(ChangeEvent::headSeq);
        if (complete && index.applied() > head) { // a database restored from before the index: not the same history
            LOG.warnf("%s index has applied the change log up to %d, past its head %d: it will be rebuilt", source.name(),
                    index.applied(), head);
            complete = false;
        }
        if (complete && prunedAfter(index.applied(), head)) {
            LOG.warnf("%s index has applied the change log up to %d, and the log no longer holds the events after it: "
                    + "it will be rebuilt", source.name(), index.applied());
            complete = false;
        }
        if (complete) {
            followed = index.applied();
            follow();
        } else {
            followed = head;
            if (QuarkusTransaction.requiringNew().call(source::count) <= inlineUpTo) {
                rebuild();
            } else {
                rebuildInBackground();
            }
        }
        timer.scheduleWithFixedDelay(this::follow, followEvery.toMillis(), followEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Batches a transaction's events; once it has committed they are applied together (a rollback applies nothing). */
    public void committed(ChangeLog.Committed change) {
        if (!source.follows(change.type())) {
            return;
        }
        Committing batch = (Committing) transactions.getResource(this);
        if (batch == null) {
            batch = new Committing(new ArrayList<>(), this);
            transactions.putResource(this, batch);
            try {
                // Not interposed: Narayana completes those last, after the pool has taken the writer's connection
                // back, so a writer waiting here for the index holds no connection the index's reads may need.
                transactionManager.getTransaction().registerSynchronization(batch);
            } catch (RollbackException | SystemException e) {
                throw new IllegalStateException("cannot follow the transaction's commit", e);
            }
        }
        batch.events().add(change.event());
    }

    private record Committing(List<ChangeEvent> events, IndexFeeder feeder) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                feeder.applyCommitted(events);
            }
        }
    }

    private void applyCommitted(List<ChangeEvent> events) {
        try {
            if (!feeding.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warnf("%s index busy for %d s: the follower applies a committed change instead", source.name(), WAIT_SECONDS);
                missed(events);
                return;
            }
        } catch (InterruptedException e) {
            missed(events);
            Thread.currentThread().interrupt();
            return;
        }
        try {
            documents.feed(index::apply, events);
            events.forEach(event -> appliedHere.add(event.seq));
        } catch (RuntimeException e) { // the write has committed: its client must still hear so; the follower retries
            LOG.warnf("%s index: a committed change is not applied yet, the follower will (%s)", source.name(), e.toString());
            missed(events);
            return;
        } finally {
            feeding.unlock();
        }
        applied.accept(events);
    }

    private synchronized void missed(List<ChangeEvent> events) {
        events.forEach(event -> missedUpTo = Math.max(missedUpTo, event.seq));
    }

    /**
     * Whether every change committed on this node has reached the index: false from a commit whose change could not
     * be applied at once (the index busy or failing) until the follower has applied it. What the index stores of a
     * document may then be older than the database; other nodes' changes arrive by following, as they reach every
     * other per-node state (the response cache).
     */
    public boolean current() {
        return followed >= missedUpTo;
    }

    /** Applies the log past the follower's position, a step at a time, skipping what this node applied at commit. */
    public void follow() {
        try {
            while (followStep()) {
                LOG.debugf("%s index followed the change log to %d", source.name(), followed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("%s index could not follow the change log, retried shortly (%s)", source.name(), e.toString());
        }
    }

    /** Whether events after {@code position} were removed from the log (lede.changes.retention) before being applied. */
    private static boolean prunedAfter(long position, long head) {
        return QuarkusTransaction.requiringNew().call(ChangeEvent::firstSeq).orElse(head + 1) > position + 1;
    }

    private boolean followStep() {
        List<ChangeEvent> fresh;
        boolean missed;
        feeding.lock();
        try {
            long from = followed;
            List<ChangeEvent> events = QuarkusTransaction.requiringNew().call(() -> ChangeEvent.after(from, SourceDocuments.EVENTS));
            if (events.isEmpty()) {
                return false;
            }
            missed = events.get(0).seq > from + 1; // removed before this node applied them: only a rebuild has them
            fresh = events.stream().filter(e -> source.follows(e.type) && !appliedHere.remove(e.seq)).toList();
            documents.feed(index::apply, fresh);
            followed = events.get(events.size() - 1).seq;
            appliedHere.headSet(followed, true).clear();
            if (complete) {
                index.appliedUpTo(followed);
            }
        } finally {
            feeding.unlock();
        }
        if (!fresh.isEmpty()) {
            applied.accept(fresh);
        }
        if (missed) {
            LOG.warnf("%s index missed change events the log no longer holds: rebuilding it", source.name());
            rebuildInBackground();
        }
        return true;
    }

    /** Starts a rebuild on a thread of its own ({@link IndexRebuilds#inBackground}); false when one is running. */
    public boolean rebuildInBackground() {
        return rebuilds.inBackground(() -> complete || closed);
    }

    /** Rebuilds now, on this thread ({@link IndexRebuilds#now}); false when one is running already or this one failed. */
    public boolean rebuild() {
        return rebuilds.now();
    }

    /** The rebuild's last step, under the lock: what was written since its catch-up, then the switch. */
    private void promote(SearchIndex.Replacement fresh, long caughtUpTo) {
        feeding.lock();
        try {
            long from = documents.catchUp(fresh, caughtUpTo);
            index.promote(fresh, from);
            followed = Math.max(followed, from);
            appliedHere.headSet(followed, true).clear();
            complete = true;
        } finally {
            feeding.unlock();
        }
        // Searches now read another generation: what was computed from the old one (cached search pages, typeahead's
        // mention counts) is dropped as after any applied change.
        applied.accept(List.of());
    }

    /** Where the index stands, for readiness and the admin API. */
    public IndexStatus status() {
        return new IndexStatus(source.name(), complete, rebuilds.running(), rebuilds.progress(), followed);
    }

    /** Stops following (letting a step in progress finish: an interrupt would close Lucene's files) and any rebuild. */
    @Override
    public void close() {
        closed = true;
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rebuilds.stop();
    }
}
