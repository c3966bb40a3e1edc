package dev.lede.article;

import dev.lede.platform.config.LedeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs the lifecycle's due transitions by itself: every {@code lede.lifecycle.tick} each node asks the database which
 * scheduled publications and embargo ends have come ({@link ArticleLifecycleService#due}) and runs each in its own
 * transaction. It keeps no state of its own: what is due is in the article rows, so a restart (or a node that was
 * down at the time) catches up at its first tick, and several nodes running it at once run each transition once.
 */
@ApplicationScoped
public class ArticleScheduler {
    private static final Logger LOG = Logger.getLogger(ArticleScheduler.class);
    /** Transitions of each kind per query; a backlog larger than this drains over the next ticks. */
    private static final int BATCH = 100;

    private final ArticleLifecycleService lifecycle;
    private final ArticlePublishing publishing;
    private final LedeConfig config;
    private ScheduledExecutorService timer;

    public ArticleScheduler(ArticleLifecycleService lifecycle, ArticlePublishing publishing, LedeConfig config) {
        this.lifecycle = lifecycle;
        this.publishing = publishing;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lede-article-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.lifecycle().tick().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (timer != null) {
            timer.shutdown(); // never an interrupt: one during a read closes H2's file for every thread
            timer.awaitTermination(10, TimeUnit.SECONDS); // a pass under way finishes its transaction
        }
    }

    private void tick() {
        try {
            runDue();
        } catch (RuntimeException | Error e) { // an escaping throwable would cancel every later tick
            LOG.warnf("The article scheduler could not look for due transitions (it tries again next tick): %s", e.toString());
        }
    }

    /** One pass: runs every transition due now; returns how many this node ran. */
    public int runDue() {
        List<String> due = lifecycle.due(publishing.now(), BATCH);
        int ran = 0;
        for (String id : due) {
            try {
                ran += lifecycle.runDue(id) ? 1 : 0;
            } catch (RuntimeException lost) {
                // Another node ran it meanwhile (the version check), or a writer held the row: the next tick sees
                // whether anything is still due.
                LOG.debugf("Article %s: its due transition did not run (%s)", id, lost.toString());
            }
        }
        return ran;
    }
}
