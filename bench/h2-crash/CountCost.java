import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * What an unfiltered list total costs on H2 once it reads the rows (ListQuery's "where id is not null") instead of
 * taking the table's size: 300,000 quote-like rows (about 450 bytes each) in FILE, then five rounds of a write
 * followed by each count (a write stops H2 from reusing the query's last result). See README.md.
 * Usage: java -Xmx256m -cp h2.jar CountCost.java FILE
 */
public class CountCost {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            c.createStatement().execute("create table if not exists quote(id varchar(36) primary key,"
                    + " slug varchar(200) not null unique, text varchar(4000) not null)");
            ResultSet rows = c.createStatement().executeQuery("select count(*) from quote");
            rows.next();
            if (rows.getLong(1) == 0) {
                fill(c);
            }
            String[] counts = {"select count(*) from quote", "select count(*) from quote where id is not null"};
            for (int round = 0; round < 5; round++) {
                for (String count : counts) {
                    c.createStatement().executeUpdate("update quote set text = text where slug = 'slug-" + round + "'");
                    long started = System.nanoTime();
                    ResultSet result = c.createStatement().executeQuery(count);
                    result.next();
                    System.out.printf("round %d, %s: %d us (%d)%n", round, count, (System.nanoTime() - started) / 1000, result.getLong(1));
                }
            }
        }
    }

    private static void fill(Connection c) throws Exception {
        c.setAutoCommit(false);
        PreparedStatement insert = c.prepareStatement("insert into quote values(?, ?, ?)");
        String text = "x".repeat(400);
        for (int i = 0; i < 300_000; i++) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, "slug-" + i);
            insert.setString(3, text + i);
            insert.addBatch();
            if (i % 1000 == 999) {
                insert.executeBatch();
                c.commit();
            }
        }
        insert.executeBatch();
        c.commit();
        c.setAutoCommit(true);
    }
}
