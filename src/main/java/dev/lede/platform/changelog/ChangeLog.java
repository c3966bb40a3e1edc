package dev.lede.platform.changelog;

import dev.lede.platform.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * Appends change events inside the caller's transaction.
 *
 * <p>Ordering: {@code seq} comes from a one-row counter that is incremented with an UPDATE. The row lock
 * that UPDATE takes is held until the writing transaction commits or rolls back, so two writers cannot
 * interleave: seq values become visible in the order they were assigned and a reader that has seen seq N
 * will never later see a smaller one appear. A rollback releases the lock and its increment with it, so
 * there are no gaps either.
 *
 * <p>Writers serialise on that row only while they commit: an append keeps its event in memory, and the events
 * of a transaction are numbered and inserted together at its very end, in Hibernate's own before-completion step
 * (after its flush and on its connection: a JTA synchronization of our own ran after Hibernate had let go of the
 * connection, and the pool warned at every such commit). One UPDATE takes the lock and the whole range of seq
 * values, and the events go in JDBC batches. So a long transaction (a bulk batch of 500 lines) no longer
 * holds every other writer back while it works, only while it commits; and as the counter's lock is the last
 * one a transaction takes, it cannot be part of a deadlock (except with the first-start seed, which takes it first
 * on purpose). Until then an event's {@code seq} is 0; observers of {@link Committed} after success see it
 * numbered. An event's {@code at} is the time of the append, so in a long transaction it can be older than the
 * {@code at} of events numbered before it: seq, not at, is the order of the log.
 */
@ApplicationScoped
public class ChangeLog {
    private final EntityManager em;
    private final Event<Committed> committed;
    private final TransactionSynchronizationRegistry transaction;
    private final Actors actors;

    public ChangeLog(EntityManager em, Event<Committed> committed, TransactionSynchronizationRegistry transaction,
            Actors actors) {
        this.em = em;
        this.committed = committed;
        this.transaction = transaction;
        this.actors = actors;
    }

    /**
     * Locks the log's head until this transaction ends, so no other write can append meanwhile (a node seeding a
     * never-written database: two nodes starting together seed once), and returns the seq of the last event.
     */
    public long lockHead() {
        em.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq WHERE id = 1").executeUpdate();
        return ChangeEvent.headSeq();
    }

    /**
     * Fired for every appended event; observers with {@code during = TransactionPhase.AFTER_SUCCESS} see it only
     * once the write has committed (caches drop what it changed, later the search index and webhooks).
     */
    public record Committed(ChangeEvent event, ResourceType type, ChangeOp op, String resourceId, List<String> embeddedIn,
                            List<String> listsChanged) {
        /** The event's place in the log: numbered when its transaction commits, so read it after success. */
        public long seq() {
            return event.seq;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEvent append(Tracked resource, ChangeOp op) {
        if (op != ChangeOp.created) {
            // The version that the event names is the one this transaction writes: a change counts up at flush.
            // A created resource has its first version from persist already, and not flushing it lets a bulk
            // batch's inserts wait and go to the database together.
            em.flush();
        }
        return append(resource, op, resource.resourceVersion());
    }

    /**
     * Like {@link #append(Tracked, ChangeOp)} for a write that knows the version its event names without a flush:
     * a resource created and changed in one transaction and stored once, in its final state
     * ({@code ResourceWrites.createThen}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEvent append(Tracked resource, ChangeOp op, long version) {
        ChangeEvent event = append(resource.resourceType(), op, resource.resourceId(), version);
        event.embeddedIn = resource.embeddedIn().isEmpty() ? null : resource.embeddedIn().get(0);
        event.slug = resource.resourceSlug();
        event.isPublic = resource.publicEvent(op);
        event.labels = EventLabels.encode(resource.labels());
        committed.fire(new Committed(event, resource.resourceType(), op, resource.resourceId(), resource.embeddedIn(),
                resource.listsChanged(op)));
        return event;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEvent append(ResourceType type, ChangeOp op, String resourceId, long version) {
        ChangeEvent event = new ChangeEvent();
        event.type = type;
        event.op = op;
        event.resourceId = resourceId;
        event.version = version;
        event.at = Times.now();
        Pending pending = pending();
        event.actor = pending.actor;
        pending.events.add(event);
        return event;
    }

    /** The transaction's events not yet numbered; the first append registers their insertion before commit. */
    private Pending pending() {
        Pending pending = (Pending) transaction.getResource(Pending.class);
        if (pending == null) {
            Session session = em.unwrap(Session.class);
            pending = new Pending(session, actors.current());
            transaction.putResource(Pending.class, pending);
            session.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks().registerCallback(pending);
        }
        return pending;
    }

    /** Numbers a transaction's events under the counter's row lock and inserts them, as its last statements. */
    private static final class Pending implements TransactionCompletionCallbacks.BeforeCompletionCallback {
        private final List<ChangeEvent> events = new ArrayList<>();
        private final Session hibernate;
        /** Who makes this transaction's writes: asked once, at its first event. */
        private final String actor;

        Pending(Session hibernate, String actor) {
            this.hibernate = hibernate;
            this.actor = actor;
        }

        /** Not called on rollback: nothing was written. */
        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            session.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq + :count WHERE id = 1")
                    .addSynchronizedQuerySpace("change_log_head").setParameter("count", events.size()).executeUpdate();
            long last = ((Number) session.createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1")
                    .addSynchronizedQuerySpace("change_log_head").getSingleResult()).longValue();
            long seq = last - events.size();
            for (ChangeEvent event : events) {
                event.seq = ++seq;
            }
            // Persisted and flushed here, after Hibernate's own flush: in JDBC batches, counted by its statistics.
            events.forEach(hibernate::persist);
            hibernate.flush();
        }
    }
}
