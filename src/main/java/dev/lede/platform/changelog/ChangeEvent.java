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
}
