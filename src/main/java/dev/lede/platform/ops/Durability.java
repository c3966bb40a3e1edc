package dev.lede.platform.ops;

import dev.lede.platform.config.LedeConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * A 2xx means stored, whatever JDBC URL or server default an operator gave. At start-up:
 * <ul>
 *   <li>H2: the database writes each commit to its file before the commit returns: WRITE_DELAY is set to
 *       {@code lede.durability.h2-write-delay} (0 ms), whatever the URL says. H2's own default for a file database is
 *       500 ms, in which acknowledged writes are lost to a crash, and a URL of the operator's own (a data directory
 *       elsewhere) may leave it out. A larger value is for measuring what durability costs, and is logged.</li>
 *   <li>PostgreSQL: Lede's connections ask for synchronous_commit=on (LEDE_PG_SYNCHRONOUS_COMMIT may ask for
 *       remote_write or remote_apply); off is refused, and Lede does not start: a commit would be acknowledged before
 *       its WAL is on disk.</li>
 * </ul>
 */
@ApplicationScoped
public class Durability {
    private static final Logger LOG = Logger.getLogger(Durability.class);

    private final int h2WriteDelay;

    public Durability(LedeConfig config) {
        this.h2WriteDelay = config.durability().h2WriteDelay();
    }

    void check(@Observes StartupEvent event, AgroalDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (database.contains("H2")) {
                statement.execute("SET WRITE_DELAY " + Math.max(0, h2WriteDelay));
                if (h2WriteDelay > 0) {
                    LOG.warnf("H2 writes commits up to %d ms after they return (lede.durability.h2-write-delay):"
                            + " acknowledged writes can be lost to a crash", h2WriteDelay);
                }
            } else if (database.contains("PostgreSQL")) {
                String commit = single(statement, "SHOW synchronous_commit");
                if ("off".equals(commit)) {
                    throw new IllegalStateException("synchronous_commit is off on Lede's connections: a 2xx would not mean"
                            + " stored. Set LEDE_PG_SYNCHRONOUS_COMMIT to on, remote_write or remote_apply");
                }
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
