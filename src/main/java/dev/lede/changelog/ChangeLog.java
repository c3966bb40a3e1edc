package dev.lede.changelog;

import dev.lede.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.query.NativeQuery;

/**
 * Appends change events inside the caller's transaction.
 *
 * <p>Ordering: {@code seq} comes from a one-row counter that is incremented with an UPDATE. The row lock
 * that UPDATE takes is held until the writing transaction commits or rolls back, so two writers cannot
 * interleave: seq values become visible in the order they were assigned and a reader that has seen seq N
 * will never later see a smaller one appear. A rollback releases the lock and its increment with it, so
 * there are no gaps either. The cost is that writes serialise on this row for the (short) time between
 * their append and their commit; services append as their last step for that reason.
 *
 * <p>Within one transaction only the first append touches the counter (the UPDATE that takes the lock, and a
 * read): later ones (a bulk batch appends hundreds) still hold the lock, so they count on in memory, and the last
 * value is written to the row once, just before commit. The events of a transaction get consecutive seq values,
 * and the row holds the last one when the lock is released, as with one UPDATE per event. That last write runs in
 * Hibernate's own before-completion step, after its flush and on its connection: a JTA synchronization of our own
 * ran after Hibernate had let go of the connection, and the pool warned at every such commit.
 */
@ApplicationScoped
public class ChangeLog {
    private final EntityManager em;
    private final Event<Committed> committed;
    private final TransactionSynchronizationRegistry transaction;

    public ChangeLog(EntityManager em, Event<Committed> committed, TransactionSynchronizationRegistry transaction) {
        this.em = em;
        this.committed = committed;
        this.transaction = transaction;
    }

    /**
     * Fired for every appended event; observers with {@code during = TransactionPhase.AFTER_SUCCESS} see it only
     * once the write has committed (caches drop what it changed, later the search index and webhooks).
     */
    public record Committed(long seq, ResourceType type, ChangeOp op, String resourceId, java.util.List<String> embeddedIn,
                            java.util.List<String> listsChanged) {
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
        committed.fire(new Committed(event.seq, resource.resourceType(), op, resource.resourceId(), resource.embeddedIn(),
                resource.listsChanged(op)));
        return event;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEvent append(ResourceType type, ChangeOp op, String resourceId, long version) {
        ChangeEvent event = new ChangeEvent();
        event.seq = nextSeq();
        event.type = type;
        event.op = op;
        event.resourceId = resourceId;
        event.version = version;
        event.at = Times.now();
        em.persist(event);
        return event;
    }

    /** Takes the counter's row lock with the transaction's first seq; later ones count on under the same lock. */
    private long nextSeq() {
        Head head = (Head) transaction.getResource(Head.class);
        if (head != null) {
            return ++head.last;
        }
        counter("UPDATE change_log_head SET last_seq = last_seq + 1 WHERE id = 1").executeUpdate();
        long seq = ((Number) counter("SELECT last_seq FROM change_log_head WHERE id = 1").getSingleResult()).longValue();
        head = new Head(seq);
        transaction.putResource(Head.class, head);
        em.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks().registerCallback(head);
        return seq;
    }

    /** The seq values a transaction has taken; writes the last one to the (locked) counter row before commit. */
    private static final class Head implements TransactionCompletionCallbacks.BeforeCompletionCallback {
        private final long first;
        private long last;

        Head(long first) {
            this.first = first;
            this.last = first;
        }

        /** Not called on rollback, which undoes the first UPDATE: nothing else was written. */
        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            if (last > first) {
                session.createNativeQuery("UPDATE change_log_head SET last_seq = :seq WHERE id = 1")
                        .addSynchronizedQuerySpace("change_log_head").setParameter("seq", last).executeUpdate();
            }
        }
    }

    /** A statement on the counter alone: it needs no flush of the persistence context before it runs. */
    private Query counter(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("change_log_head");
    }
}
