package dev.lede.discovery;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The co-mention queries, each a GROUP BY over {@code article_person} or {@code article_entity} joined to the
 * published articles of the window. Each walks an index from the subject: its articles through
 * {@code ix_article_person_person}/{@code ix_article_entity_entity}, the others named there through
 * {@code ix_article_person_article}/{@code ix_article_entity_article} (V13), whose rows hold the ids themselves.
 */
@ApplicationScoped
class CoMentions {
    /** The most co-mentioned of each type that are scored; see {@link RelatedService}. */
    static final int CANDIDATES = 256;

    /** A date window; either bound may be null. {@code after} is inclusive, {@code before} exclusive, like the article list's. */
    record Window(Instant after, Instant before) {
        String sql() {
            return (after == null ? "" : " AND a.published_at >= :after") + (before == null ? "" : " AND a.published_at < :before");
        }

        Query bind(Query query) {
            if (after != null) {
                query.setParameter("after", after);
            }
            if (before != null) {
                query.setParameter("before", before);
            }
            return query;
        }
    }

    /** A related person or entity before scoring: its co-mentions and, once asked, its own mentions in the window. */
    record Count(String id, String slug, String name, long count) {
    }

    private final EntityManager em;

    CoMentions(EntityManager em) {
        this.em = em;
    }

    /** In how many published articles of the window the subject is named. */
    long mentions(ResourceType type, String id, Window window) {
        Query query = em.createNativeQuery("SELECT COUNT(DISTINCT s.article_id) FROM " + table(type) + " s"
                + " JOIN article a ON a.id = s.article_id WHERE s." + column(type) + " = :id AND a.status = 'published'"
                + window.sql());
        return ((Number) window.bind(query).setParameter("id", id).getSingleResult()).longValue();
    }

    /** The most co-mentioned of {@code other}'s type with the subject, most first; never the subject itself. */
    List<Count> coMentioned(ResourceType type, String id, ResourceType other, Window window) {
        String column = "o." + column(other);
        Query query = em.createNativeQuery("SELECT " + column + ", COUNT(DISTINCT s.article_id) AS co FROM " + table(type) + " s"
                + " JOIN article a ON a.id = s.article_id JOIN " + table(other) + " o ON o.article_id = s.article_id"
                + " WHERE s." + column(type) + " = :id AND " + column + " <> :id AND a.status = 'published'" + window.sql()
                + " GROUP BY " + column + " ORDER BY co DESC, " + column);
        return counts(window.bind(query).setParameter("id", id).setMaxResults(CANDIDATES), false);
    }

    /** Each candidate's own mentions in the window, with its slug and name. */
    List<Count> mentions(ResourceType type, Collection<String> ids, Window window) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String column = "m." + column(type);
        String sql = "SELECT " + column + ", r.slug, r.name, COUNT(DISTINCT m.article_id) FROM " + table(type) + " m"
                + " JOIN article a ON a.id = m.article_id JOIN " + type.name() + " r ON r.id = " + column
                + " WHERE " + column + " IN :ids AND a.status = 'published'" + window.sql() + " GROUP BY " + column + ", r.slug, r.name";
        Query query = em.createNativeQuery(InLists.expand(sql, "ids", ids.size()));
        InLists.bind(query, "ids", ids);
        return counts(window.bind(query), true);
    }

    @SuppressWarnings("unchecked")
    private static List<Count> counts(Query query, boolean named) {
        List<Count> counts = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.add(named ? new Count((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue())
                    : new Count((String) row[0], null, null, ((Number) row[1]).longValue()));
        }
        return counts;
    }

    private static String table(ResourceType type) {
        return "article_" + type.name();
    }

    private static String column(ResourceType type) {
        return type.name() + "_id";
    }
}
