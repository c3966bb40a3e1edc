package dev.lede.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the bulk load ({@code lede.bulk.*}). */
@ConfigMapping(prefix = "lede.bulk")
public interface BulkConfig {
    /**
     * Largest body {@code POST /v1/bulk} accepts (413 above). The general {@code lede.api.max-body-bytes} does not
     * apply to it; the transport cap {@code quarkus.http.limits.max-body-size} still does, so keep this at or below it.
     */
    @WithDefault("16777216")
    long maxBodyBytes();

    /** Lines committed per transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * Lines written between flushes (and clears) of the persistence context within a batch: the JDBC batch size
     * ({@code quarkus.hibernate-orm.jdbc.statement-batch-size}), so that several lines' inserts go out together.
     */
    @WithDefault("50")
    int flushEvery();

    /** At most this many rejected lines are listed in the report (all are counted). */
    @WithDefault("1000")
    int maxErrors();
}
