import java.sql.*;
import java.util.*;

/**
 * Whether commits an H2 file acknowledged survive SIGKILL: four threads each commit three rows per transaction and
 * print "ACK id" once commit() returned ({@code write}); {@code check FILE OUTPUT} counts the acknowledged ids the file
 * lacks. See acked.sh and README.md.
 */
public class AckedCommits {
  public static void main(String[] a) throws Exception {
    String url = "jdbc:h2:file:" + a[0] + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
    if (a[1].equals("check")) {
      try (Connection c = DriverManager.getConnection(url); java.io.BufferedReader in = new java.io.BufferedReader(new java.io.FileReader(a[2]))) {
        Set<String> stored = new HashSet<>(); ResultSet r = c.createStatement().executeQuery("select id from t"); while (r.next()) stored.add(r.getString(1));
        String line; int missing = 0, acked = 0; while ((line = in.readLine()) != null) { if (!line.startsWith("ACK ")) continue; acked++; if (!stored.contains(line.substring(4))) missing++; }
        System.out.println(acked + " " + missing);
      }
      return;
    }
    Connection holder = DriverManager.getConnection(url);
    holder.createStatement().execute("create table if not exists t(id varchar(64) primary key, pad varchar(300))");
    String run = Long.toString(System.nanoTime());
    for (int t = 0; t < 4; t++) {
      final int tid = t;
      new Thread(() -> {
        try (Connection c = DriverManager.getConnection(url)) {
          c.setAutoCommit(false);
          PreparedStatement p = c.prepareStatement("insert into t values(?, ?)");
          for (long n = 0; ; n++) {
            String id = run + "-" + tid + "-" + n;
            for (int k = 0; k < 3; k++) { p.setString(1, id + "-" + k); p.setString(2, "x".repeat(250)); p.executeUpdate(); }
            c.commit();
            synchronized (System.out) { System.out.println("ACK " + id + "-0"); System.out.flush(); }
          }
        } catch (Exception e) { }
      }).start();
    }
    Thread.sleep(Long.MAX_VALUE);
  }
}
