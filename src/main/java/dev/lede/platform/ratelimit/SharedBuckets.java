package dev.lede.platform.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes the limits hold across nodes on one PostgreSQL. A database round trip per request would cost a cached read
 * (tens of microseconds) a hundred times over, so each node answers from its own {@link Buckets} and, every
 * {@code lede.rate-limit.cluster.sync-interval}, adds what each bucket consumed to the shared bucket of the same id
 * (Bucket4j's PostgreSQL proxy manager, table {@code rate_limit_bucket}, a row locked per update) and takes back the
 * tokens left, which all nodes' consumption has lowered. A caller spread over n nodes can therefore exceed its quota
 * by what the other nodes allowed during one interval at most; shared rows expire once full again and are deleted.
 */
@ApplicationScoped
public class SharedBuckets {
    static final String TABLE = "rate_limit_bucket";
    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);

    private final Buckets buckets;
    private final RateLimitConfig config;
    private final DataSource dataSource;
    private final boolean postgres;
    private ProxyManager<String> shared;
    private ScheduledExecutorService timer;

    public SharedBuckets(Buckets buckets, RateLimitConfig config, DataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.buckets = buckets;
        this.config = config;
        this.dataSource = dataSource;
        this.postgres = dbKind.startsWith("postgres");
    }

    /** A proxy manager over the shared table: one per node (tests make a second one to play another node). */
    static PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    void start(@Observes StartupEvent event) {
        if (!postgres || !config.enabled() || !config.cluster().enabled()) {
            return;
        }
        shared = proxyManager(dataSource);
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lede-rate-limit-sync");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.cluster().syncInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sync, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdown();
        }
    }

    /** One round: the busiest buckets first, then a batch of expired rows. Never lets a failure stop the timer. */
    void sync() {
        try {
            for (Buckets.Held bucket : buckets.unsynced(config.cluster().maxSyncsPerInterval())) {
                reconcile(bucket);
            }
            ((PostgreSQLSelectForUpdateBasedProxyManager<String>) shared).removeExpired(1000);
        } catch (RuntimeException | Error e) {
            LOG.warnf("Could not share rate-limit buckets with the other nodes (each node limits alone meanwhile): %s",
                    e.toString());
        }
    }

    /**
     * Adds the tokens consumed here to the shared bucket and brings the local one to what the shared one has left,
     * less what was consumed here meanwhile. It may go below zero: the caller then waits for the refill, as it would
     * have on one node.
     */
    private void reconcile(Buckets.Held bucket) {
        long consumed = bucket.unsynced().getAndSet(0);
        long left;
        try {
            left = shared.builder().build(bucket.id(), () -> bucket.policy().bucket()).asVerbose()
                    .consumeIgnoringRateLimits(consumed).getDiagnostics().getAvailableTokens();
        } catch (RuntimeException e) {
            bucket.unsynced().addAndGet(consumed); // counted next round
            throw e;
        }
        long target = left - bucket.unsynced().get();
        long difference = target - bucket.bucket().getAvailableTokens();
        if (difference < 0) {
            bucket.bucket().consumeIgnoringRateLimits(-difference);
        } else if (difference > 0) {
            bucket.bucket().addTokens(difference);
        }
    }
}
