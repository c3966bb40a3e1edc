import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes to an H2 file until killed ({@code write}), or compares what {@code count(*)} says with the rows a read finds
 * ({@code count}). Four threads each insert a person and a batch of five quotes per transaction (a random slug may
 * collide: then the transaction rolls back), and now and then update or delete a recent person, with Lede's PostgreSQL
 * mode, WRITE_DELAY=0 and lock timeout. See README.md.
 */
public class Phantoms {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        if (args[1].equals("count")) {
            count(url);
        } else {
            write(url);
        }
    }

    private static void count(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            StringBuilder out = new StringBuilder();
            for (String table : new String[] {"person", "quote"}) {
                ResultSet counted = c.createStatement().executeQuery("select count(*) from " + table);
                counted.next();
                // The condition keeps H2 from answering count(*) from the map's size: it reads the rows (as ListQuery).
                // This reader's transaction gets the lowest free id, 1, and sees a dead transaction 1's rows as its
                // own: the difference is a lower bound.
                ResultSet read = c.createStatement().executeQuery("select count(*) from " + table + " where id is not null");
                read.next();
                out.append(table).append(" counted ").append(counted.getLong(1)).append(" read ").append(read.getLong(1)).append(' ');
            }
            System.out.println(out.toString().trim());
        }
    }

    private static void write(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("create table if not exists person(id varchar(36) primary key, name varchar(300) not null)");
            c.createStatement().execute("create table if not exists quote(id varchar(36) primary key, slug varchar(200) not null,"
                    + " constraint uq_quote_slug unique(slug))");
        }
        AtomicLong sequence = new AtomicLong(System.nanoTime());
        for (int t = 0; t < 4; t++) {
            new Thread(() -> writeUntilKilled(url, sequence)).start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void writeUntilKilled(String url, AtomicLong sequence) {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (true) {
                long n = sequence.incrementAndGet();
                PreparedStatement person = c.prepareStatement("insert into person values(?, ?)");
                person.setString(1, "p" + n);
                person.setString(2, "name" + random.nextInt(1000));
                person.executeUpdate();
                PreparedStatement quote = c.prepareStatement("insert into quote values(?, ?)");
                for (int i = 0; i < 5; i++) {
                    quote.setString(1, "q" + n + "-" + i);
                    quote.setString(2, "s" + random.nextInt(3000));
                    quote.addBatch();
                }
                if (random.nextInt(3) == 0) {
                    c.createStatement().executeUpdate("update person set name = 'u" + random.nextInt(1000) + "' where id = 'p" + (n - random.nextInt(50)) + "'");
                }
                if (random.nextInt(7) == 0) {
                    c.createStatement().executeUpdate("delete from person where id = 'p" + (n - random.nextInt(50)) + "'");
                }
                Thread.sleep(random.nextInt(5));
                try {
                    quote.executeBatch();
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                }
            }
        } catch (Exception e) {
            // killed, or the database closed under it
        }
    }
}
