package dev.lede.discovery;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what typeahead suggests, in a fixed number of statements whatever the catalog's size: per catalog its names,
 * its aliases and its mention counts (published articles only), and the published headlines.
 */
@ApplicationScoped
class SuggestLoader {
    /** Headlines are long: their first words are keys of their own, later ones are not. */
    static final int HEADLINE_WORDS = 8;
    private static final int NAME_WORDS = 16;
    private static final String PUBLISHED = "a.status = 'published'";

    private final EntityManager em;

    SuggestLoader(EntityManager em) {
        this.em = em;
    }

    /** The change log's head: a snapshot built after reading it reflects every write up to it. */
    @ReadOnly
    long head() {
        return ChangeEvent.headSeq();
    }

    /** A new snapshot; the head is read first, so the snapshot is at least as new as the seq it records. */
    @ReadOnly
    SuggestIndex load() {
        long seq = ChangeEvent.headSeq();
        List<SuggestIndex.Item> items = new ArrayList<>();
        items.addAll(catalog(SuggestType.person, "person", "person_alias", "person_id", mentions("article_person", "person_id")));
        items.addAll(catalog(SuggestType.entity, "entity", "entity_alias", "entity_id", mentions("article_entity", "entity_id")));
        items.addAll(catalog(SuggestType.source, "source", "source_alias", "source_id", rows(
                "SELECT a.publisher_id, COUNT(*) FROM article a WHERE a.publisher_id IS NOT NULL AND " + PUBLISHED
                        + " GROUP BY a.publisher_id")));
        for (Object[] row : rows("SELECT a.id, a.slug, a.headline, a.published_at FROM article a WHERE " + PUBLISHED)) {
            Instant published = toInstant(row[3]);
            items.add(new SuggestIndex.Item(SuggestType.article, (String) row[0], (String) row[1], (String) row[2], List.of(),
                    0, published == null ? 0 : published.getEpochSecond()));
        }
        return new SuggestIndex(seq, items, NAME_WORDS, HEADLINE_WORDS);
    }

    private List<SuggestIndex.Item> catalog(SuggestType type, String table, String aliasTable, String column,
                                            List<Object[]> mentionRows) {
        Map<String, Long> mentions = new HashMap<>();
        mentionRows.forEach(row -> mentions.put((String) row[0], ((Number) row[1]).longValue()));
        Map<String, List<String>> aliases = new HashMap<>();
        for (Object[] row : rows("SELECT " + column + ", alias FROM " + aliasTable + " ORDER BY " + column + ", position")) {
            aliases.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        List<SuggestIndex.Item> items = new ArrayList<>();
        for (Object[] row : rows("SELECT id, slug, name FROM " + table)) {
            String id = (String) row[0];
            long count = mentions.getOrDefault(id, 0L);
            items.add(new SuggestIndex.Item(type, id, (String) row[1], (String) row[2], aliases.getOrDefault(id, List.of()),
                    count, count));
        }
        return items;
    }

    /** How many published articles name each person or entity. */
    private List<Object[]> mentions(String table, String column) {
        return rows("SELECT m." + column + ", COUNT(DISTINCT m.article_id) FROM " + table + " m JOIN article a ON a.id = m.article_id"
                + " WHERE " + PUBLISHED + " GROUP BY m." + column);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    /** Drivers return a timestamp with time zone as Instant, OffsetDateTime or Timestamp. */
    static Instant toInstant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
