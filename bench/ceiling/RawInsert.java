import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The database's own ceiling for Lede's article shape on this machine: the rows of N published articles written
 * with plain JDBC batches into Lede's schema (the Flyway migrations), with no Hibernate, no JSON, no validation,
 * no slug choice and no mention counting. Whatever the bulk path of Lede does on top can only be slower.
 *
 * <p>Each article is what bench/gen.py makes, in rows: the article (300 to 1,200 words), 2 tags, a wire credit
 * (4 in 5), a byline, 2 to 8 people and 3 to 12 entities drawn with weight 1/rank, 0 to 6 quotes, and one change
 * event per quote plus two (created, published), with the change-log counter written once per 500 articles.
 *
 * <p>Usage: java -cp DRIVER.jar RawInsert.java JDBC_URL MIGRATIONS_DIR ARTICLES [WRITERS]. With several writers
 * each has its own connection and share of the articles (the counter row is then left alone: it would serialise
 * them, which is the point of measuring without it).
 */
public class RawInsert {
    private static final String[] WORDS = ("the minister said on tuesday that government forces would continue "
            + "operations near the border region while officials in the capital denied any change of policy").split(" ");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path migrations = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        int writers = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Catalog catalog;
        try (Connection connection = DriverManager.getConnection(url, "lede", "lede")) {
            migrate(connection, migrations);
            catalog = Catalog.insert(connection);
        }
        int share = articles / writers;
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            long first = w * 10_000_000L;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, "lede", "lede")) {
                    new Writer(connection, catalog, first, writers == 1).write(share);
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
            System.exit(1);
        }
        int written = share * writers;
        System.out.printf("%d articles, %d writer(s): %.1f s, %.0f articles/s%n", written, writers, seconds, written / seconds);
    }

    /** Runs the Flyway migrations in version order (comments dropped; no statement in them holds a semicolon). */
    private static void migrate(Connection connection, Path dir) throws Exception {
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = new ArrayList<>(listing.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).toList());
        }
        files.sort((a, b) -> Integer.compare(version(a), version(b)));
        try (Statement statement = connection.createStatement()) {
            for (Path file : files) {
                StringBuilder sql = new StringBuilder();
                for (String line : Files.readAllLines(file)) {
                    if (!line.trim().startsWith("--")) {
                        sql.append(line).append('\n');
                    }
                }
                for (String one : sql.toString().split(";")) {
                    if (!one.isBlank()) {
                        statement.execute(one);
                    }
                }
            }
        }
    }

    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String uuid7(Random random, long millis, long n) {
        return String.format("%08x-%04x-7%03x-8%03x-%012x", millis >> 16, millis & 0xffff, n & 0xfff, (n >> 12) & 0xfff,
                random.nextLong() & 0xffffffffffffL);
    }

    /** 200 sources (the last 10 wire agencies), 5,000 entities, 10,000 people (the last 300 write bylines). */
    private record Catalog(String[] sources, String[] entities, String[] people) {
        static Catalog insert(Connection connection) throws Exception {
            Random random = new Random(7);
            Catalog catalog = new Catalog(ids(random, 200), ids(random, 5000), ids(random, 10000));
            Timestamp now = Timestamp.from(Instant.now());
            connection.setAutoCommit(false);
            insert(connection, "insert into source (id, slug, name, kind, created_at, updated_at, version) "
                    + "values (?, ?, ?, 'publisher', ?, ?, 0)", catalog.sources, "source", now);
            insert(connection, "insert into entity (id, slug, name, kind, created_at, updated_at, version) "
                    + "values (?, ?, ?, 'organization', ?, ?, 0)", catalog.entities, "entity", now);
            insert(connection, "insert into person (id, slug, name, created_at, updated_at, version) "
                    + "values (?, ?, ?, ?, ?, 0)", catalog.people, "person", now);
            connection.commit();
            return catalog;
        }

        private static String[] ids(Random random, int n) {
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = uuid7(random, System.currentTimeMillis(), i);
            }
            return ids;
        }

        private static void insert(Connection connection, String sql, String[] ids, String name, Timestamp now) throws Exception {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.length; i++) {
                    insert.setString(1, ids[i]);
                    insert.setString(2, name + "-" + i);
                    insert.setString(3, name + " " + i);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** One connection writing its share of the articles: JDBC batches every 50 articles, a commit every 500. */
    private static final class Writer {
        private final Connection connection;
        private final Catalog catalog;
        private final long first;
        private final boolean countsHead;
        private final Random random;
        private final Timestamp now = Timestamp.from(Instant.now());
        private final PreparedStatement[] statements;
        private final PreparedStatement bodies;
        private long seq;

        Writer(Connection connection, Catalog catalog, long first, boolean countsHead) throws Exception {
            this.connection = connection;
            this.catalog = catalog;
            this.first = first;
            this.countsHead = countsHead;
            this.random = new Random(42 + first);
            this.seq = first;
            connection.setAutoCommit(false);
            // Bodies live in their own table since V29; article.id references it, so its batch runs first.
            bodies = connection.prepareStatement("insert into article_body (article_id, body) values (?, ?)");
            statements = new PreparedStatement[] {
                connection.prepareStatement("insert into article (id, slug, headline, language, section, status, "
                        + "published_at, first_published_at, word_count, publisher_id, created_at, updated_at, version) "
                        + "values (?, ?, ?, 'en', 'world', 'published', ?, ?, ?, ?, ?, ?, 1)"),
                connection.prepareStatement("insert into article_tag (article_id, position, tag) values (?, ?, ?)"),
                connection.prepareStatement("insert into article_credit (article_id, position, source_id, role) values (?, 0, ?, 'wire')"),
                connection.prepareStatement("insert into article_byline (article_id, position, person_id, role) values (?, 0, ?, 'author')"),
                connection.prepareStatement("insert into article_person (article_id, position, person_id, mention_count, first_offset) "
                        + "values (?, ?, ?, ?, ?)"),
                connection.prepareStatement("insert into article_entity (article_id, position, entity_id, mention_count, first_offset) "
                        + "values (?, ?, ?, ?, ?)"),
                connection.prepareStatement("insert into quote (id, slug, text, fragment, article_id, speaker_person_id, char_offset, "
                        + "created_at, updated_at, version) values (?, ?, ?, false, ?, ?, ?, ?, ?, 0)"),
                connection.prepareStatement("insert into change_event (seq, resource_type, op, resource_id, resource_version, "
                        + "occurred_at) values (?, ?, ?, ?, 1, ?)")};
        }

        void write(int articles) throws Exception {
            PreparedStatement head = connection.prepareStatement("update change_log_head set last_seq = ? where id = 1");
            for (int i = 0; i < articles; i++) {
                article(i);
                if ((i + 1) % 50 == 0) {
                    executeBatches();
                }
                if ((i + 1) % 500 == 0) {
                    if (countsHead) {
                        head.setLong(1, seq);
                        head.executeUpdate();
                    }
                    connection.commit();
                }
            }
            executeBatches();
            connection.commit();
        }

        private void executeBatches() throws Exception {
            bodies.executeBatch();
            for (PreparedStatement statement : statements) {
                statement.executeBatch();
            }
        }

        /** Weight 1/rank over n items, as gen.py draws people and entities. */
        private int zipf(int n) {
            double harmonic = Math.log(n) + 0.5772;
            return Math.max(0, Math.min(n - 1, (int) Math.exp(random.nextDouble() * harmonic - 0.5772)));
        }

        private void article(int i) throws Exception {
            String id = uuid7(random, System.currentTimeMillis(), first + i);
            int words = 300 + random.nextInt(900);
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < words; k++) {
                body.append(WORDS[random.nextInt(WORDS.length)]).append(k % 80 == 79 ? "\n\n" : " ");
            }
            Timestamp published = Timestamp.from(Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(3 * 365 * 86400)));
            String slug = "article-" + Long.toHexString(random.nextLong());
            PreparedStatement article = statements[0];
            article.setString(1, id);
            article.setString(2, slug);
            article.setString(3, "Headline of " + slug);
            bodies.setString(1, id);
            bodies.setString(2, body.toString());
            bodies.addBatch();
            article.setTimestamp(4, published);
            article.setTimestamp(5, published);
            article.setInt(6, words);
            article.setString(7, catalog.sources[random.nextInt(190)]);
            article.setTimestamp(8, now);
            article.setTimestamp(9, now);
            article.addBatch();
            for (int k = 0; k < 2; k++) {
                statements[1].setString(1, id);
                statements[1].setInt(2, k);
                statements[1].setString(3, "tag-" + random.nextInt(300));
                statements[1].addBatch();
            }
            if (random.nextInt(5) < 4) {
                statements[2].setString(1, id);
                statements[2].setString(2, catalog.sources[190 + random.nextInt(10)]);
                statements[2].addBatch();
            }
            statements[3].setString(1, id);
            statements[3].setString(2, catalog.people[9700 + random.nextInt(300)]);
            statements[3].addBatch();
            List<Integer> people = mentions(statements[4], id, 2 + random.nextInt(7), 9700, catalog.people);
            mentions(statements[5], id, 3 + random.nextInt(10), 5000, catalog.entities);
            int quotes = random.nextInt(7);
            for (int k = 0; k < quotes; k++) {
                String quote = uuid7(random, System.currentTimeMillis(), (first + i) * 8 + k);
                PreparedStatement insert = statements[6];
                insert.setString(1, quote);
                insert.setString(2, "quote-" + Long.toHexString(random.nextLong()));
                insert.setString(3, body.substring(0, 80));
                insert.setString(4, id);
                insert.setString(5, catalog.people[people.get(random.nextInt(people.size()))]);
                insert.setInt(6, 10);
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, now);
                insert.addBatch();
                event("quote", "created", quote);
            }
            event("article", "created", id);
            event("article", "published", id);
        }

        private List<Integer> mentions(PreparedStatement insert, String article, int count, int among, String[] ids) throws Exception {
            Set<Integer> drawn = new LinkedHashSet<>();
            while (drawn.size() < count) {
                drawn.add(zipf(among));
            }
            int position = 0;
            for (int index : drawn) {
                insert.setString(1, article);
                insert.setInt(2, position++);
                insert.setString(3, ids[index]);
                insert.setInt(4, 1 + random.nextInt(4));
                insert.setInt(5, random.nextInt(3000));
                insert.addBatch();
            }
            return new ArrayList<>(drawn);
        }

        private void event(String type, String op, String id) throws Exception {
            PreparedStatement insert = statements[7];
            insert.setLong(1, ++seq);
            insert.setString(2, type);
            insert.setString(3, op);
            insert.setString(4, id);
            insert.setTimestamp(5, now);
            insert.addBatch();
        }
    }
}
