package dev.lede.webhook;

/**
 * Whether this node knows of any subscription (the dispatcher then looks for due work on every poll and commit), and
 * when an idle node next asks the database. A look that finds none must not undo a subscription made while it ran:
 * the dispatcher's look reads the table, a request commits a subscription and says so, and only then does the look's
 * "none" land. Written as a plain {@code known = any}, that order left the node idle for a whole idle check (an hour in
 * the tests) with a subscription waiting. Each subscription therefore moves a generation, and a look's answer counts
 * only if no subscription came while it ran.
 */
final class KnownSubscriptions {
    private final long idleCheckMillis;
    private long generation;
    private boolean known;
    private long nextIdleCheck;

    KnownSubscriptions(long idleCheckMillis) {
        this.idleCheckMillis = idleCheckMillis;
    }

    /** A subscription was created or changed on this node (after its commit). */
    synchronized void subscribed() {
        generation++;
        known = true;
    }

    synchronized boolean known() {
        return known;
    }

    /** Whether the dispatcher should look for due work now: it knows of a subscription, or an idle check is due. */
    synchronized boolean worthALook(long nowMillis) {
        return known || nowMillis >= nextIdleCheck;
    }

    /** Taken before asking the database whether any subscription exists; handed back to {@link #settle}. */
    synchronized long look() {
        return generation;
    }

    /** The database's answer to a look begun at {@code look}; ignored if a subscription was made since. */
    synchronized void settle(long look, boolean any, long nowMillis) {
        nextIdleCheck = nowMillis + idleCheckMillis;
        if (look == generation) {
            known = any;
        }
    }
}
