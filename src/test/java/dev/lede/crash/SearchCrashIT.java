package dev.lede.crash;

import static dev.lede.crash.Text.log;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.crash.ReadinessWatch.Progress;
import dev.lede.process.LedeProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Search after crashes and restarts, on the packaged application run as a process (issue 13: "a crash (kill -9) at
 * any moment loses nothing: after restart the index catches up from the change log"; a missing or corrupt index is
 * rebuilt at start in the background, readiness saying "search: rebuilding n/N"). Black-box: only HTTP, whatever
 * the server does inside to follow its change log. {@link SearchCheck} says what is checked after each restart.
 *
 * <p>The tests share one process and its data, in order: writes cut off by kills, a bulk load killed midway, a
 * delete and a rename just before a kill, the index lost, the index corrupted (both over a bulk-loaded corpus). Knobs:
 * {@code -Dsearchcrash.seed} (default {@value #DEFAULT_SEED}: what is written and when each kill comes, not how
 * the threads interleave), {@code -Dsearchcrash.rounds} (kills while writing, default 4),
 * {@code -Dsearchcrash.corpus} (articles bulk-loaded before the rebuilds, default 1500) and
 * {@code -Dsearchcrash.database} (on PostgreSQL, default lede_it_a, cleaned at the first start). Not under "lede.":
 * Maven hands them to the {@code @QuarkusTest} classes too, whose configuration refuses an unknown lede.* key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchCrashIT {
    static final long DEFAULT_SEED = 20261206L;
    /** Indexes of at most this many articles are rebuilt before the service starts; the test's corpus is bigger. */
    private static final int INLINE_REBUILD_UP_TO = 100;
    private static final int CLIENTS = 3;
    private static final long ROUND_CAP_NANOS = 15_000_000_000L;
    /** Articles of the bulk load killed midway: one transaction (the service commits a bulk load by 500 lines). */
    private static final int BIG_BULK = 400;

    private final long seed = Long.getLong("searchcrash.seed", DEFAULT_SEED);
    private final Random random = new Random(seed);
    /** The articles every check looks at one by one (the bulk-loaded corpus is checked as a whole, and sampled). */
    private final List<TrackedArticle> tracked = new CopyOnWriteArrayList<>();
    private final List<TrackedArticle> corpus = new CopyOnWriteArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    /** Shared: a loss found by one test is reported by it, not again by each later test that sees it still lost. */
    private final Problems problems = new Problems();
    private int problemsBefore;
    private SearchApp app;
    private SearchCheck check;
    private Path indexParent;

    @BeforeAll
    void startTheApplication() throws Exception {
        String database = System.getProperty("searchcrash.database", "lede_it_a");
        log("searchcrash: seed %d (-Dsearchcrash.seed=%d to repeat) on %s", seed, seed,
                LedeProcess.postgres() ? "PostgreSQL " + database : "H2");
        indexParent = Files.createTempDirectory("lede-searchcrash-");
        app = SearchApp.on(database, indexParent.resolve("search"), INLINE_REBUILD_UP_TO);
        check = new SearchCheck(app, problems);
        app.start();
    }

    @AfterAll
    void stopTheApplication() throws Exception {
        app.stop();
        IndexDamage.delete(indexParent);
    }

    @BeforeEach
    void freshFindings() throws Exception {
        problemsBefore = problems.count();
        if (!app.alive()) { // an earlier test failed with the process down
            app.start();
        }
    }

    @Test
    @Order(1)
    void everyAcknowledgedWriteIsFoundAfterKillsWhileClientsWrite() throws Exception {
        int rounds = Integer.getInteger("searchcrash.rounds", 4);
        List<SearchWriter> writers = new ArrayList<>();
        for (int c = 1; c <= CLIENTS; c++) {
            writers.add(new SearchWriter(c, random.nextLong(), app, tracked, acknowledged));
        }
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 1; round <= rounds; round++) {
                String kill = writeAndKill(writers, threads);
                app.start();
                check.verify("after kill " + round + " (" + kill + ")", tracked);
            }
        } finally {
            threads.shutdownNow();
        }
        failOnProblems();
    }

    /** Lets the clients write, kills the process at a random moment with writes in flight; says when it struck. */
    private String writeAndKill(List<SearchWriter> writers, ExecutorService threads) throws Exception {
        int target = 8 + random.nextInt(30);
        long extra = random.nextInt(600);
        int before = acknowledged.get();
        long started = System.nanoTime();
        List<Future<Integer>> running = new ArrayList<>();
        writers.forEach(writer -> running.add(threads.submit(writer::runRound)));
        while (acknowledged.get() - before < target && System.nanoTime() - started < ROUND_CAP_NANOS) {
            Thread.sleep(5);
        }
        Thread.sleep(extra);
        for (long waited = System.nanoTime(); app.inFlight() == 0 && System.nanoTime() - waited < 2_000_000_000L; ) {
            Thread.sleep(1);
        }
        int inFlight = app.inFlight();
        app.kill();
        writers.forEach(SearchWriter::stop);
        int sent = 0;
        for (Future<Integer> writer : running) {
            sent += writer.get(60, TimeUnit.SECONDS);
        }
        String kill = "run " + app.run() + " killed after " + (System.nanoTime() - started) / 1_000_000 + " ms, "
                + (acknowledged.get() - before) + " acknowledged requests in " + sent + " operations, " + inFlight + " in flight";
        log("searchcrash: %s", kill);
        return kill;
    }

    @Test
    @Order(2)
    void aBulkLoadKilledWhileItIsStoredOrIndexedIsFoundAsTheDatabaseHoldsIt() throws Exception {
        SearchWriter loader = new SearchWriter(CLIENTS + 2, random.nextLong(), app, corpus, acknowledged);
        long took = 0;
        for (int warm = 0; warm < 2; warm++) { // the first of a run is slower: time the second
            long t = System.nanoTime();
            assertThat(loader.bulk(BIG_BULK)).as("bulk load").isEqualTo(Outcome.ACKED);
            took = (System.nanoTime() - t) / 1_000_000;
        }
        int cutFrom = corpus.size();
        // The same load again, killed at a random point of the time the last took: in its transaction, or after
        // the commit while the index takes its articles in, or as the answer leaves.
        long killAt = took * (20 + random.nextInt(75)) / 100;
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> cut = thread.submit(() -> loader.bulk(BIG_BULK));
            Thread.sleep(killAt);
            app.kill();
            log("searchcrash: a bulk load of %d articles (the same took %d ms) killed after %d ms: %s", BIG_BULK, took,
                    killAt, cut.get(60, TimeUnit.SECONDS));
        } finally {
            thread.shutdownNow();
        }
        app.start();
        check.verify("after a kill " + killAt + " ms into a bulk load of " + BIG_BULK + " articles (one took " + took
                + " ms)", corpus.subList(cutFrom, corpus.size()));
        failOnProblems();
    }

    @Test
    @Order(3)
    void aDeleteAndARenameAcknowledgedJustBeforeAKillAreObeyedAfterTheRestart() throws Exception {
        SearchWriter writer = new SearchWriter(CLIENTS + 1, random.nextLong(), app, tracked, acknowledged);
        String person = "sc-person-" + TrackedArticle.token(random);
        String before = TrackedArticle.token(random);
        String after = TrackedArticle.token(random);
        assertThat(app.send(app.admin("/v1/people").header("Content-Type", "application/json").POST(WriteClient.json(
                Json.object().put("slug", person).put("name", "Ann " + before)))).statusCode()).isEqualTo(201);
        TrackedArticle naming = writer.createAndPublish(List.of(person));
        TrackedArticle deleted = writer.createAndPublish(List.of());
        assertThat(List.of(naming.lastOutcome(), deleted.lastOutcome())).containsOnly(Outcome.ACKED);
        assertThat(app.search(before)).as("the person's name finds the article naming her").containsExactly(naming.slug);

        assertThat(writer.delete(deleted)).isEqualTo(Outcome.ACKED);
        assertThat(app.send(app.admin("/v1/people/" + person).header("If-Match", "*")
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", WriteClient.json(Json.object().put("name", "Ann " + after)))).statusCode()).isEqualTo(200);
        app.kill(); // within milliseconds of both answers: the index has most likely not committed them yet
        app.start();

        String deletedToken = deleted.tokens().iterator().next();
        assertThat(app.search(deletedToken)).as("the deleted article, to a reader").isEmpty();
        assertThat(Json.slugsOf(app.read(app.admin("/v1/articles?status=all&q=" + deletedToken)).path("data")))
                .as("the deleted article, to a key holder").isEmpty();
        assertThat(app.search(after)).as("the new name finds the article naming the person").containsExactly(naming.slug);
        assertThat(app.search(before)).as("the old name finds nothing").isEmpty();
        check.verify("after the delete and the rename", List.of(naming, deleted));
        failOnProblems();
    }

    @Test
    @Order(4)
    void aLostIndexIsRebuiltInTheBackgroundWhileReadinessSaysSo() throws Exception {
        long articles = loadCorpus();
        app.stop();
        IndexDamage.delete(app.index());
        restartAndCheckTheRebuild("the index was deleted", articles);
    }

    @Test
    @Order(5)
    void aCorruptIndexIsRebuiltInTheBackgroundWhileReadinessSaysSo() throws Exception {
        long articles = loadCorpus();
        app.stop();
        int files = IndexDamage.corrupt(app.index(), random);
        restartAndCheckTheRebuild("every file of the index (" + files + ") was overwritten with random bytes", articles);
    }

    /**
     * Once: a corpus big enough that its rebuild outlasts the start-up, bulk-loaded in requests of 500 articles.
     * Answers the number of articles stored, drafts included: what a rebuild reads.
     */
    private long loadCorpus() throws Exception {
        int size = Integer.getInteger("searchcrash.corpus", 1500);
        SearchWriter loader = new SearchWriter(0, random.nextLong(), app, corpus, acknowledged);
        long t = System.nanoTime();
        for (int loaded = corpus.size(); loaded < size; loaded += 500) {
            assertThat(loader.bulk(Math.min(500, size - loaded))).as("bulk load").isEqualTo(Outcome.ACKED);
        }
        log("searchcrash: corpus of %d articles loaded in %d ms", corpus.size(), (System.nanoTime() - t) / 1_000_000);
        return app.read(app.admin("/v1/articles?status=all&limit=1&includeTotal=true")).path("meta").path("total").asLong();
    }

    /** Starts on the damaged index, watching readiness, then checks what was seen and that search finds everything. */
    private void restartAndCheckTheRebuild(String damage, long articles) throws Exception {
        check.reported().clear(); // a rebuild reads every article again: whatever was missed before must be found now
        ReadinessWatch watch = ReadinessWatch.start(app.index());
        List<Progress> seen;
        try {
            app.start();
        } catch (IllegalStateException e) {
            throw new AssertionError("the service did not start after " + damage + " (expected: a rebuild); its log says: "
                    + rootCause(app.logTail(app.run(), 300)), e);
        } finally {
            seen = watch.stop();
        }
        log("searchcrash: while starting after %s, readiness answered %d times, reporting %s", damage, watch.polls(),
                seen.isEmpty() ? "no rebuild (finished before it answered)" : seen.size() + " times " + seen.get(0)
                        + " to " + seen.get(seen.size() - 1) + " of " + articles + " articles");
        for (int i = 0; i < seen.size(); i++) {
            Progress progress = seen.get(i);
            if (progress.total() != articles || progress.done() > progress.total()
                    || i > 0 && progress.done() < seen.get(i - 1).done()) {
                problems.report("BAD PROGRESS", "", "readiness said " + seen + " while rebuilding " + articles + " articles");
                break;
            }
        }
        List<TrackedArticle> sample = new ArrayList<>(corpus);
        Collections.shuffle(sample, random);
        List<TrackedArticle> checked = new ArrayList<>(tracked);
        checked.addAll(sample.subList(0, Math.min(50, sample.size())));
        check.verify("after a restart where " + damage, checked);
        failOnProblems();
    }

    /** The innermost "Caused by" line of a start-up failure's log. */
    private static String rootCause(String log) {
        return log.lines().filter(line -> line.startsWith("Caused by:")).reduce((first, second) -> second).orElse(log);
    }

    private void failOnProblems() {
        if (problems.count() > problemsBefore) {
            List<String> messages = problems.messages().subList(problemsBefore, problems.count());
            fail(messages.size() + " problems (seed " + seed + "):\n- " + String.join("\n- ",
                    messages.subList(0, Math.min(40, messages.size()))) + "\n\nlog of the last run:\n" + app.logTail(app.run(), 30));
        }
    }
}
