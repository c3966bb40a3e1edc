package dev.lede.crash;

import static dev.lede.crash.Text.log;
import static dev.lede.crash.Text.stackOf;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.process.LedeProcess;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Crash test: the packaged application, run as a process, is killed with SIGKILL at random moments while writers
 * are busy, then restarted on the same data, several times. After each restart every write made so far is checked
 * through the API, and at the end the change log is checked under the API (JDBC).
 *
 * <p>What a write's answer promises:
 * <ul>
 *   <li>acknowledged (a 2xx came back): present and whole, forever after (also after later kills);</li>
 *   <li>refused (a 4xx or 5xx came back, or the connection was refused): absent;</li>
 *   <li>unknown (the process died before answering): absent, or present and whole; never half there (an article
 *   without its quotes, a bulk request with only some of its lines).</li>
 * </ul>
 * A change to an existing resource (a PATCH, a publish) is judged the same way on the value it sets: what is read
 * back is the value of the last acknowledged change or of an unknown one after it.
 *
 * <p>The change log is checked once the process is stopped, with JDBC: change_event.seq is 1..N without a gap and
 * change_log_head.last_seq is N; every stored source, entity, person, article and quote has events, the first one
 * "created", versions growing along the log, and the newest naming the row's current version column (every write
 * that changes a row appends its event in the same transaction, after its flush; a created-and-published article
 * is stored at version 1 with "created" at 0 and "published" at 1); every resource the log names is stored unless
 * its newest event is "deleted".
 *
 * <p>The writers (three threads) create people, sources and draft articles, publish their drafts, patch their people
 * (If-Match with the ETag just read), send bulk loads (people, published articles and their quotes in one request of
 * fewer than 500 lines: one transaction) and ingest real pages (each made unique by a tag in its headline line, with
 * a paragraph quoting a person the catalog lacks, so that each ingest creates a person, an article and its quotes).
 * Each writer works on its own resources, so no write of the test refuses another.
 *
 * <p>Randomness is seeded: {@code -Dlede.crash.seed=...} (default {@value #DEFAULT_SEED}; the seed is printed).
 * The seed fixes what each writer writes and when each kill comes (after a random number of acknowledged writes,
 * then a random delay), not how the threads interleave nor how fast the server answers. Other knobs:
 * {@code -Dlede.crash.kills} (default 6), {@code -Dlede.crash.app-args} (JVM arguments for the application,
 * space-separated: {@code -Dlede.durability.h2-write-delay=500}, H2's old default, shows that the test catches lost
 * writes), {@code -Dlede.crash.database} (the PostgreSQL database, default lede_it_a: name another one to run this
 * test while someone else runs it on the same server).
 *
 * <p>The pieces: {@link CrashApp} runs the application and talks to it; {@link Writers} runs the {@link Writer}
 * threads, which send their writes through {@link WriteClient} and record them, with what the test expects of them
 * ({@link Models}), in the {@link Journal}; {@link Pages} makes the real pages ready to ingest ({@link Template});
 * {@link Verifier} (with {@link Scan} and {@link BulkCheck}) checks the writes through the API after each restart,
 * {@link ChangeLogCheck} the change log at the end; {@link Problems} gathers what they find.
 */
class CrashIT {
    static final long DEFAULT_SEED = 20261205L;
    /** A round ends with its kill after at most this long, however few writes were acknowledged. */
    private static final long ROUND_CAP_NANOS = 20_000_000_000L;

    private final Journal journal = new Journal();
    private final Problems problems = new Problems();
    private CrashApp app;
    private Writers writers;
    private Verifier verifier;
    /** What the last verification found of the writes that got no answer. */
    private Verifier.Unknowns unknowns = new Verifier.Unknowns(0, 0);

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        long seed = Long.getLong("lede.crash.seed", DEFAULT_SEED);
        int killCount = Integer.getInteger("lede.crash.kills", 6);
        String appArgs = System.getProperty("lede.crash.app-args", "").trim();
        String database = System.getProperty("lede.crash.database", "lede_it_a");
        Random random = new Random(seed);
        long started = System.nanoTime();
        log("seed %d (-Dlede.crash.seed=%d to repeat), %d kills, %s, app args [%s]", seed, seed, killCount,
                LedeProcess.postgres() ? "PostgreSQL " + database : "H2", appArgs);

        app = CrashApp.on(database, appArgs);
        verifier = new Verifier(app, journal, problems);
        try {
            app.restart();
            WriteClient client = new WriteClient(app, journal);
            writers = new Writers(seed, app, client, journal, Pages.load(app, client));
            writers.startHeld();
            for (int k = 1; k <= killCount; k++) {
                killAndVerify(k, random);
            }
            writers.stop();
            app.stop();
            ChangeLogCheck.check(app, journal, problems);
            checkEveryAnswerWasExpected();
        } finally {
            if (writers != null) {
                writers.abandon();
            }
            app.close();
        }
        failOnProblems(seed, (System.nanoTime() - started) / 1_000_000_000L);
    }

    /**
     * Lets the writers run, kills the application at a random moment after a random number of acknowledged writes
     * (a freshly started server is slow at first, the more so on a busy machine: counting writes keeps every round
     * useful), restarts it and checks every write so far.
     */
    private void killAndVerify(int number, Random random) throws Exception {
        int target = 6 + random.nextInt(20);
        long extra = random.nextInt(800);
        int ackedBefore = journal.acknowledged();
        long roundStart = System.nanoTime();
        writers.release();
        while (journal.acknowledged() - ackedBefore < target && System.nanoTime() - roundStart < ROUND_CAP_NANOS) {
            Thread.sleep(5);
        }
        Thread.sleep(extra);
        awaitWriteInFlight();
        List<String> busy = journal.pendingKinds();
        long at = System.nanoTime();
        app.kill();
        writers.hold();
        Kill kill = new Kill(number, app.generation(), at, (at - roundStart) / 1_000_000,
                journal.acknowledged() - ackedBefore, busy);
        journal.kills.add(kill);
        app.restart();
        unknowns = verifier.verify("after kill " + number + " (run " + kill.run() + " killed after " + kill.afterMillis()
                + " ms and " + kill.acknowledged() + " acknowledged writes, with " + busy + " in flight)");
    }

    /** Waits up to 2 s for a write in flight, so that the kill rather cuts one off than falls between two. */
    private void awaitWriteInFlight() throws InterruptedException {
        long waited = System.nanoTime();
        while (journal.inFlight() == 0 && System.nanoTime() - waited < 2_000_000_000L) {
            Thread.sleep(2);
        }
    }

    /**
     * The test's writes are valid and touch only their writer's resources: the only refusal expected is 503 busy
     * (a lock wait), and every write has an outcome.
     */
    private void checkEveryAnswerWasExpected() {
        for (Write write : journal.writes) {
            if (write.outcome == Outcome.PENDING || write.outcome == Outcome.REFUSED && write.status != 503) {
                problems.report("UNEXPECTED ANSWER", "", write.describe());
            }
        }
    }

    private void failOnProblems(long seed, long seconds) {
        log("%s", summary(seconds));
        Throwable writerError = writers.firstError();
        if (writerError != null) {
            problems.addFirst("a writer failed: " + stackOf(writerError));
        }
        if (problems.count() > 0) {
            fail(problems.count() + " problems (seed " + seed + "):\n- " + String.join("\n- ", problems.messages())
                    + "\n\n" + summary(seconds));
        }
    }

    private String summary(long seconds) {
        StringBuilder out = new StringBuilder("crash test: " + journal.kills.size() + " kills, " + journal.writes.size()
                + " writes (" + journal.acknowledged() + " acknowledged, " + problems.lostAcknowledged()
                + " of them lost or damaged; of the writes that got no answer " + unknowns.stored()
                + " were stored, " + unknowns.notStored() + " not) in " + seconds + " s on "
                + (LedeProcess.postgres() ? "PostgreSQL" : "H2") + "; by kind: " + journal.outcomesByKind()
                + "; kills:");
        for (Kill kill : journal.kills) {
            out.append(" #").append(kill.number()).append(" after ").append(kill.afterMillis()).append(" ms and ")
                    .append(kill.acknowledged()).append(" acknowledged writes, with ").append(kill.inFlight())
                    .append(" in flight;");
        }
        return out.toString();
    }
}
