package dev.lede.discovery;

import dev.lede.article.ArticleCoMentions;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.ReadOnly;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what typeahead suggests, in a fixed number of statements whatever the catalog's size: per catalog its names,
 * its aliases and its mention counts (published articles only), and the headlines of the most recent published
 * articles ({@code lede.search.suggest-articles}).
 *
 * <p>Mention counts come from the article index ({@link ArticleCoMentions}: one pass over the published documents'
 * keyword values, people, entities and sources at once) once it is complete, from SQL before. A source's count is of the
 * articles it publishes or is credited on. Counting sources by SQL too (a GROUP BY over every article) was half of a
 * rebuild's time at 100,000 articles. The SQL joins every mention row to its article: at 100,000
 * articles on H2 that read took tens of seconds per rebuild, and each write asks for a rebuild, so a stream of ingests
 * kept one core busy and H2's page cache cold (ingest fell from 144 to 2 pages/s); the index counts the same in tens
 * of milliseconds.
 *
 * <p>Plain JDBC rather than Hibernate: the rows are read once into arrays, with nothing to map or track, and a rebuild
 * running in the background then stays out of Hibernate's statistics, which the statement-count tests read while it
 * may be running.
 */
@ApplicationScoped
class SuggestLoader {
    /** Headlines are long: their first words are keys of their own, later ones are not. */
    static final int HEADLINE_WORDS = 8;
    private static final int NAME_WORDS = 16;
    private static final String PUBLISHED = "a.status = 'published'";

    private final AgroalDataSource dataSource;
    private final ArticleCoMentions coMentions;
    private final int articles;

    SuggestLoader(AgroalDataSource dataSource, ArticleCoMentions coMentions, dev.lede.platform.config.LedeConfig config) {
        this.dataSource = dataSource;
        this.coMentions = coMentions;
        this.articles = config.search().suggestArticles();
    }

    /** The change log's head, for following other nodes' writes. */
    @ReadOnly
    long head() {
        return ChangeEvent.headSeq();
    }

    /**
     * A new snapshot, recording {@code seq}: the caller read it (or saw that event committed) before calling, so the
     * snapshot reflects every write up to it.
     */
    SuggestIndex load(long seq) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<SuggestIndex.Item> items = new ArrayList<>();
            Map<ResourceType, Map<String, Long>> indexed = coMentions.complete() ? coMentions.namedInPublished() : null;
            items.addAll(catalog(statement, SuggestType.person, "person", indexed != null ? indexed.get(ResourceType.person)
                    : mentions(statement, "article_person", "person_id")));
            items.addAll(catalog(statement, SuggestType.entity, "entity", indexed != null ? indexed.get(ResourceType.entity)
                    : mentions(statement, "article_entity", "entity_id")));
            items.addAll(catalog(statement, SuggestType.source, "source", indexed != null ? indexed.get(ResourceType.source)
                    : counts(statement, "SELECT s.source_id, COUNT(*) FROM (SELECT a.id article_id, a.publisher_id"
                            + " source_id FROM article a WHERE a.publisher_id IS NOT NULL AND " + PUBLISHED + " UNION SELECT c.article_id,"
                            + " c.source_id FROM article_credit c JOIN article a ON a.id = c.article_id WHERE " + PUBLISHED + ") s"
                            + " GROUP BY s.source_id")));
            // The most recent only (lede.search.suggest-articles): what the snapshot holds must fit the heap.
            String newest = "SELECT a.id, a.slug, a.headline, a.published_at, a.publisher_id, a.section FROM article a WHERE "
                    + PUBLISHED + " ORDER BY a.published_at DESC, a.id DESC LIMIT " + articles;
            Map<String, List<String>> credited = pairs(statement, "SELECT c.article_id, c.source_id FROM article_credit c JOIN ("
                    + newest + ") w ON w.id = c.article_id");
            Map<String, List<String>> tags = pairs(statement, "SELECT t.article_id, t.tag FROM article_tag t JOIN (" + newest
                    + ") w ON w.id = t.article_id");
            try (ResultSet rows = statement.executeQuery(newest)) {
                while (rows.next()) {
                    OffsetDateTime published = rows.getObject(4, OffsetDateTime.class);
                    String id = rows.getString(1);
                    items.add(new SuggestIndex.Item(SuggestType.article, id, rows.getString(2), rows.getString(3),
                            List.of(), 0, published == null ? 0 : published.toEpochSecond(),
                            SuggestIndex.Licence.of(rows.getString(5), credited.get(id), rows.getString(6), tags.get(id))));
                }
            }
            return new SuggestIndex(seq, items, NAME_WORDS, HEADLINE_WORDS);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the names typeahead suggests", e);
        }
    }

    private static List<SuggestIndex.Item> catalog(Statement statement, SuggestType type, String table, Map<String, Long> mentions)
            throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        String column = table + "_id";
        try (ResultSet rows = statement.executeQuery("SELECT " + column + ", alias FROM " + table + "_alias ORDER BY " + column + ", position")) {
            while (rows.next()) {
                aliases.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        List<SuggestIndex.Item> items = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT id, slug, name FROM " + table)) {
            while (rows.next()) {
                String id = rows.getString(1);
                long count = mentions.getOrDefault(id, 0L);
                items.add(new SuggestIndex.Item(type, id, rows.getString(2), rows.getString(3), aliases.getOrDefault(id, List.of()),
                        count, count));
            }
        }
        return items;
    }

    /** How many published articles name each person or entity. */
    private static Map<String, Long> mentions(Statement statement, String table, String column) throws SQLException {
        return counts(statement, "SELECT m." + column + ", COUNT(DISTINCT m.article_id) FROM " + table + " m JOIN article a ON a.id = m.article_id"
                + " WHERE " + PUBLISHED + " GROUP BY m." + column);
    }

    /** The rows (key, value) of a two-column query, grouped by key. */
    private static Map<String, List<String>> pairs(Statement statement, String sql) throws SQLException {
        Map<String, List<String>> pairs = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                pairs.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return pairs;
    }

    private static Map<String, Long> counts(Statement statement, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
