package dev.lede.changelog;

import dev.lede.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Appends change events inside the caller's transaction.
 *
 * <p>Ordering: {@code seq} comes from a one-row counter that is incremented with an UPDATE. The row lock
 * that UPDATE takes is held until the writing transaction commits or rolls back, so two writers cannot
 * interleave: seq values become visible in the order they were assigned and a reader that has seen seq N
 * will never later see a smaller one appear. A rollback releases the lock and its increment with it, so
 * there are no gaps either. The cost is that writes serialise on this row for the (short) time between
 * their append and their commit; services append as their last step for that reason.
 */
@ApplicationScoped
public class ChangeLog {
    private final EntityManager em;
    private final Event<Committed> committed;

    public ChangeLog(EntityManager em, Event<Committed> committed) {
        this.em = em;
        this.committed = committed;
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
        em.flush(); // the version that the event names is the one this transaction writes
        ChangeEvent event = append(resource.resourceType(), op, resource.resourceId(), resource.resourceVersion());
        committed.fire(new Committed(event.seq, resource.resourceType(), op, resource.resourceId(), resource.embeddedIn(),
                resource.listsChanged(op)));
        return event;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEvent append(ResourceType type, ChangeOp op, String resourceId, long version) {
        em.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq + 1 WHERE id = 1").executeUpdate();
        Number seq = (Number) em.createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1")
                .getSingleResult();
        ChangeEvent event = new ChangeEvent();
        event.seq = seq.longValue();
        event.type = type;
        event.op = op;
        event.resourceId = resourceId;
        event.version = version;
        event.at = Times.now();
        em.persist(event);
        return event;
    }
}
