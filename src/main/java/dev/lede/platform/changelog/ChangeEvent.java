package dev.lede.platform.changelog;

import dev.lede.platform.persistence.InLists;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** One committed write. Rows are only ever appended, in commit order, by {@link ChangeLog}. */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {
    @Id
    public long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type", nullable = false)
    public ResourceType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeOp op;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    @Column(name = "resource_version", nullable = false)
    public long version;

    @Column(name = "occurred_at", nullable = false)
    public Instant at;

    /** The resource that embeds this one (a quote's article), or null. */
    @Column(name = "embedded_in")
    public String embeddedIn;

    /** The resource's slug after the write (null for events of resources without one). */
    @Column(name = "resource_slug")
    public String slug;

    /** Whether a caller without a key may see this event ({@link Tracked#publicEvent}). */
    @Column(name = "is_public", nullable = false)
    public boolean isPublic = true;

    /** Who made the write: the name of the API key, "admin" for the configured key, "system" without a caller (V17). */
    @Column(nullable = false)
    public String actor = Actors.SYSTEM;

    /** What entitlements see of the event ({@link Tracked#labels}), encoded by {@link EventLabels}; null: every key. */
    @Column(name = "labels")
    public String labels;

    public static List<ChangeEvent> after(long seq, int limit) {
        return find("seq > ?1 order by seq", seq).page(0, limit).list();
    }

    /** The seq of the last committed event, from the log's one-row counter (one indexed row, whatever the backlog). */
    public static long headSeq() {
        return ((Number) getEntityManager().createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1")
                .getSingleResult()).longValue();
    }

    public static long lastSeq() {
        Long last = getEntityManager().createQuery("select max(e.seq) from ChangeEvent e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** Whether any event after {@code seq} is about a resource of one of these types. */
    public static boolean anyAfter(long seq, Collection<ResourceType> types) {
        return InLists.query(getEntityManager(), "select count(e) from ChangeEvent e where e.seq > :seq and e.type in :types",
                Long.class, "types", types).setParameter("seq", seq).getSingleResult() > 0;
    }

    public static List<ChangeEvent> forResource(String resourceId) {
        return list("resourceId = ?1 order by seq", resourceId);
    }

    /**
     * A page of the change feed: events after {@code seq} up to {@code head} (read before, so that a page shorter than
     * {@code limit} has seen everything up to it), of these types, only public ones unless {@code all}.
     */
    public static List<ChangeEvent> feed(long seq, long head, int limit, Collection<ResourceType> types, boolean all) {
        return feed(seq, head, limit, types, all, List.of());
    }

    /**
     * {@link #feed(long, long, int, Collection, boolean)} for a reader limited by entitlements: only events that carry
     * no labels, or one label of each of {@code labelGroups} (none: no limit).
     */
    public static List<ChangeEvent> feed(long seq, long head, int limit, Collection<ResourceType> types, boolean all,
                                         List<List<String>> labelGroups) {
        jakarta.persistence.TypedQuery<ChangeEvent> query = InLists.query(getEntityManager(),
                        "from ChangeEvent e where e.seq > :seq and e.seq <= :head and e.type in :types"
                        + (all ? "" : " and e.isPublic = true") + EventLabels.condition("e", labelGroups) + " order by e.seq",
                        ChangeEvent.class, "types", types)
                .setParameter("seq", seq).setParameter("head", head).setMaxResults(limit);
        EventLabels.bind(query, labelGroups);
        return query.getResultList();
    }

    /** Whether a reader limited to {@code labelGroups} sees this event: the in-memory twin of {@link #feed}'s condition. */
    public boolean visibleTo(List<List<String>> labelGroups) {
        return EventLabels.matches(labels, labelGroups);
    }

    /** What an event is about, for whom is waiting for one: its resource's type, and whether the public sees it. */
    public record Kind(ResourceType type, boolean isPublic) {
    }

    /** The kinds of the events numbered after {@code after} up to {@code upTo} (a range of the primary key). */
    public static List<Kind> kindsBetween(long after, long upTo) {
        return getEntityManager().createQuery("select distinct e.type, e.isPublic from ChangeEvent e"
                        + " where e.seq > :after and e.seq <= :upTo", Object[].class)
                .setParameter("after", after).setParameter("upTo", upTo).getResultList().stream()
                .map(row -> new Kind((ResourceType) row[0], (Boolean) row[1])).toList();
    }

    /** The seq of the oldest event kept (pruning removes the oldest), or empty when the log holds none. */
    public static java.util.OptionalLong firstSeq() {
        Long first = getEntityManager().createQuery("select min(e.seq) from ChangeEvent e", Long.class).getSingleResult();
        return first == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(first);
    }

    /**
     * Removes at most {@code batch} of the oldest events, and only a prefix of the log: every event numbered before the
     * first one written at or after {@code cutoff} (an event's time is its append, not its commit, so an older one can
     * follow a newer one; deleting by time alone could leave a hole). Returns how many were removed.
     */
    public static int pruneBefore(java.time.Instant cutoff, int batch) {
        return pruneBefore(cutoff, Long.MAX_VALUE - 1, batch);
    }

    /** Like {@link #pruneBefore(java.time.Instant, int)}, keeping every event after {@code held} too ({@link RetainedPosition}). */
    public static int pruneBefore(java.time.Instant cutoff, long held, int batch) {
        Long keep = getEntityManager().createQuery("select min(e.seq) from ChangeEvent e where e.at >= :cutoff", Long.class)
                .setParameter("cutoff", cutoff).getSingleResult();
        long bound = Math.min(keep != null ? keep : headSeq() + 1, held + 1);
        long first = firstSeq().orElse(bound);
        return (int) delete("seq < ?1", Math.min(bound, first + batch));
    }
}
