package dev.lede.crash;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.process.LedeProcess;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * then a random delay), not how the threads interleave nor how fast the server answers. Other knobs: {@code -Dlede.crash.kills} (default 6),
 * {@code -Dlede.crash.app-args} (JVM arguments for the application, space-separated: e.g. a JDBC URL with H2's
 * old {@code WRITE_DELAY=500} shows that the test catches lost writes), {@code -Dlede.crash.database} (the
 * PostgreSQL database, default lede_it_a, which the export round trip also cleans and fills: name another one to run
 * this test while someone else runs the ITs on the same server).
 */
class CrashIT {
    static final long DEFAULT_SEED = 20261205L;
    private static final int WRITERS = 3;
    private static final String AUTH = "Bearer " + LedeProcess.ADMIN_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Each run of the application lives seconds: C2 would compile for nothing, and its compiler threads slow the
     * start-up (the bulk of this test's time) on two cores, to half the speed on a busy machine (8-20 s against 15-38 s).
     */
    private static final String[] APP_JVM_ARGS = {"-XX:TieredStopAtLevel=1"};
    /** A round ends with its kill after at most this long, however few writes were acknowledged. */
    private static final long ROUND_CAP_NANOS = 20_000_000_000L;
    /** Real pages to ingest (with a headline line to tag): the reference page and three labeled ones. */
    private static final List<String> PAGES = List.of("000_bda395528f16ca54", "dev-02", "dev-10", "dev-13");
    /** The paragraph each ingest adds to its page, quoting a person the catalog does not know yet. */
    private static final String SAID = "\u201cWe will publish the harbour ledger before winter,\u201d said %s, "
            + "a spokesperson for the harbour council.";
    private static final String[] FIRST_NAMES = {"Maria", "Daniel", "Elena", "Thomas", "Laura", "Peter"};
    private static final Pattern TAG = Pattern.compile("\\((crash-[a-z0-9-]+)\\)");
    private static final String[] SYLLABLES = {"zor", "vex", "quil", "tand", "mor", "brek", "sil", "vash", "dren",
            "kol", "pry", "thal", "wix", "gorn", "lum", "fen", "yab", "skar", "oth", "rin"};
    private static final String[] WORDS = {"harbour", "ledger", "council", "orchard", "signal", "market", "tunnel",
            "budget", "winter", "quarry", "bridge", "station", "ballot", "cargo", "meadow", "survey", "engine",
            "festival", "archive", "pension", "reservoir", "timber", "crossing", "lantern"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Writers hold the read lock for one operation; the main thread takes the write lock to restart and verify. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger writeNumbers = new AtomicInteger();
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final List<PersonModel> people = new CopyOnWriteArrayList<>();
    private final List<SourceModel> sources = new CopyOnWriteArrayList<>();
    private final List<ArticleModel> articles = new CopyOnWriteArrayList<>();
    private final List<BulkModel> bulks = new CopyOnWriteArrayList<>();
    private final List<IngestModel> ingests = new CopyOnWriteArrayList<>();
    private final List<Kill> kills = new CopyOnWriteArrayList<>();
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private int lostAcknowledged;
    private int unknownStored;
    private int unknownNotStored;
    private final List<Throwable> writerErrors = new CopyOnWriteArrayList<>();
    private volatile String base;
    private volatile int generation;
    private volatile boolean stopping;
    private LedeProcess app;

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

        List<String> jvm = new ArrayList<>(List.of(APP_JVM_ARGS));
        if (!appArgs.isEmpty()) {
            jvm.addAll(List.of(appArgs.split("\\s+")));
        }
        app = LedeProcess.on("crash", database, false, jvm.toArray(String[]::new));
        try {
            restart();
            loadTemplates();
            List<Thread> threads = new ArrayList<>();
            for (int w = 1; w <= WRITERS; w++) {
                Writer writer = new Writer(w, new Random(seed * 31 + w));
                Thread thread = new Thread(writer, "crash-writer-" + w);
                thread.setDaemon(true);
                threads.add(thread);
            }
            gate.writeLock().lock();
            threads.forEach(Thread::start);
            for (int k = 1; k <= killCount; k++) {
                // The kill comes at a random moment after a random number of acknowledged writes (a freshly started
                // server is slow at first, the more so on a busy machine: counting writes keeps every round useful).
                int target = 6 + random.nextInt(20);
                long extra = random.nextInt(800);
                int ackedBefore = acknowledged.get();
                long roundStart = System.nanoTime();
                gate.writeLock().unlock();
                while (acknowledged.get() - ackedBefore < target && System.nanoTime() - roundStart < ROUND_CAP_NANOS) {
                    Thread.sleep(5);
                }
                Thread.sleep(extra);
                long waited = System.nanoTime();
                while (inFlight.get() == 0 && System.nanoTime() - waited < 2_000_000_000L) {
                    Thread.sleep(2);
                }
                List<String> busy = writes.stream().filter(w -> w.outcome == Outcome.PENDING).map(w -> w.kind()).toList();
                long at = System.nanoTime();
                app.kill();
                gate.writeLock().lock(); // the writers' requests fail at once; they wait here for the restart
                Kill kill = new Kill(k, generation, at, (at - roundStart) / 1_000_000, acknowledged.get() - ackedBefore, busy);
                kills.add(kill);
                restart();
                verify("after kill " + k + " (run " + kill.run + " killed after " + kill.afterMillis + " ms and "
                        + kill.acknowledged + " acknowledged writes, with " + busy + " in flight)");
            }
            stopping = true;
            gate.writeLock().unlock();
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            app.stop();
            checkChangeLog();
            for (Write write : writes) {
                // The test's writes are valid and touch only their writer's resources: the only refusal expected is
                // 503 busy (a lock wait), and every write has an outcome.
                if (write.outcome == Outcome.PENDING || write.outcome == Outcome.REFUSED && write.status != 503) {
                    problem("UNEXPECTED ANSWER", "", write.describe());
                }
            }
        } finally {
            stopping = true;
            if (gate.isWriteLockedByCurrentThread()) {
                gate.writeLock().unlock();
            }
            app.close();
        }

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        log("%s", summary(seconds));
        if (!writerErrors.isEmpty()) {
            failures.add(0, "a writer failed: " + stackOf(writerErrors.get(0)));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " problems (seed " + seed + "):\n- " + String.join("\n- ", failures)
                    + "\n\n" + summary(seconds));
        }
    }

    // --- Running the application -------------------------------------------------------------------

    private void restart() throws IOException, InterruptedException {
        long t = System.nanoTime();
        app.start();
        generation = app.starts();
        base = app.baseUrl();
        log("run %d ready on %s in %d ms", generation, base, (System.nanoTime() - t) / 1_000_000);
    }

    /** Reads the pages, ingests each once (the catalog then knows every name in them) and learns their shape. */
    private void loadTemplates() throws Exception {
        for (String name : PAGES) {
            String text;
            try (InputStream in = Objects.requireNonNull(CrashIT.class.getResourceAsStream("/fixtures/pages/" + name + ".txt"),
                    name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String headline;
            try (InputStream in = CrashIT.class.getResourceAsStream("/fixtures/pages/" + name + ".truth.json")) {
                headline = JSON.readTree(in).path("headline").asText();
            }
            templates.put(name, new Template(name, text, headline));
        }
        int i = 0;
        for (Template template : templates.values()) {
            IngestModel warmUp = ingest(0, template, "crash-warm-" + template.name.toLowerCase().replace('_', '-'),
                    speaker(0, i++));
            if (warmUp.write.outcome != Outcome.ACKED) {
                throw new AssertionError("warm-up ingest of " + template.name + " failed: " + warmUp.write.describe()
                        + "\n" + app.logTail(40));
            }
        }
        i = 0;
        for (Template template : templates.values()) {
            String tag = "crash-dry-" + template.name.toLowerCase().replace('_', '-');
            String speaker = speaker(SYLLABLES.length - 1, i++);
            HttpResponse<String> dry = http.send(request("/v1/ingest?dryRun=true&publish=true")
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(template.page(tag, speaker))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (dry.statusCode() != 200 && dry.statusCode() != 201) {
                throw new AssertionError("dry run of " + template.name + ": " + dry.statusCode() + " " + dry.body());
            }
            JsonNode article = JSON.readTree(dry.body()).path("article");
            if (!article.path("headline").asText().contains("(" + tag + ")")) {
                throw new AssertionError("the tag in the headline line of " + template.name + " is not in the headline: "
                        + article.path("headline"));
            }
            if (!article.path("people").findValuesAsText("name").contains(speaker)) {
                throw new AssertionError("the speaker added to " + template.name + " is not among its people: "
                        + article.path("people"));
            }
            template.learn(article, speaker);
            log("page %s: %d paragraphs, %d people, %d entities, %d quotes", template.name, template.body.size(),
                    template.people, template.entities, template.quotes.size());
        }
    }

    // --- The writers ---------------------------------------------------------------------------------

    /** One writing thread: its own random numbers and its own resources. */
    private final class Writer implements Runnable {
        final int id;
        final Random random;
        final List<PersonModel> myPeople = new ArrayList<>();
        final List<SourceModel> mySources = new ArrayList<>();
        final List<ArticleModel> myDrafts = new ArrayList<>();
        int n;

        Writer(int id, Random random) {
            this.id = id;
            this.random = random;
        }

        @Override
        public void run() {
            try {
                while (!stopping) {
                    int seen;
                    Outcome last;
                    gate.readLock().lock();
                    try {
                        if (stopping) {
                            return;
                        }
                        seen = generation;
                        last = step();
                    } finally {
                        gate.readLock().unlock();
                    }
                    if (last == Outcome.UNKNOWN || last == Outcome.NOT_SENT) {
                        // The process is gone (or going): wait for the next run instead of knocking on a closed port.
                        while (!stopping && generation == seen) {
                            Thread.sleep(10);
                        }
                    }
                }
            } catch (Throwable e) {
                writerErrors.add(e);
            }
        }

        /** One operation, chosen at random; answers the outcome of its last request. */
        Outcome step() throws Exception {
            n++;
            int pick = random.nextInt(100);
            if (pick < 20 || myPeople.size() < 2) {
                return createPerson();
            } else if (pick < 28 || mySources.isEmpty()) {
                return createSource();
            } else if (pick < 48) {
                return createArticle();
            } else if (pick < 58 && !myDrafts.isEmpty()) {
                return publish();
            } else if (pick < 70) {
                return patchPerson();
            } else if (pick < 84) {
                return bulk();
            } else {
                List<Template> all = new ArrayList<>(templates.values());
                Template template = all.get(random.nextInt(all.size()));
                return ingest(id, template, "crash-w" + id + "-n" + n, speaker(id, n)).write.outcome;
            }
        }

        Outcome createPerson() throws Exception {
            String slug = "w" + id + "-p-" + n;
            String name = name(random);
            String description = "d0 " + words(random, 3);
            List<String> aliases = List.of(name.substring(name.indexOf(' ') + 1));
            ObjectNode body = JSON.createObjectNode().put("slug", slug).put("name", name).put("description", description);
            aliases.forEach(body.putArray("aliases")::add);
            Write write = send(id, "create person " + slug, request("/v1/people")
                    .header("Content-Type", "application/json").POST(json(body)));
            PersonModel model = new PersonModel(slug, name, aliases, write);
            model.description.add(write, description);
            people.add(model);
            if (write.outcome == Outcome.ACKED) {
                myPeople.add(model);
            }
            return write.outcome;
        }

        Outcome createSource() throws Exception {
            String slug = "w" + id + "-s-" + n;
            String name = name(random) + " Gazette";
            String kind = List.of("publisher", "wire_agency", "broadcaster").get(random.nextInt(3));
            String url = "https://" + slug + ".example.org/";
            ObjectNode body = JSON.createObjectNode().put("slug", slug).put("name", name).put("kind", kind).put("url", url);
            Write write = send(id, "create source " + slug, request("/v1/sources")
                    .header("Content-Type", "application/json").POST(json(body)));
            SourceModel model = new SourceModel(slug, name, kind, url, write);
            sources.add(model);
            if (write.outcome == Outcome.ACKED) {
                mySources.add(model);
            }
            return write.outcome;
        }

        Outcome createArticle() throws Exception {
            String slug = "w" + id + "-a-" + n;
            String headline = capitalised(words(random, 4)) + " (" + slug + ")";
            List<PersonModel> named = pickSome(myPeople, random.nextInt(3), random);
            List<String> body = new ArrayList<>();
            for (int i = 0, paragraphs = 2 + random.nextInt(3); i < paragraphs; i++) {
                String who = named.isEmpty() ? "" : named.get(i % named.size()).name + " spoke of the ";
                body.add(capitalised(who + words(random, 8 + random.nextInt(20))) + ".");
            }
            SourceModel publisher = mySources.isEmpty() || random.nextInt(3) == 0 ? null
                    : mySources.get(random.nextInt(mySources.size()));
            ObjectNode input = JSON.createObjectNode().put("slug", slug).put("headline", headline).put("language", "en");
            body.forEach(input.putArray("body")::add);
            ArrayNode mentions = input.putArray("people");
            named.forEach(p -> mentions.addObject().put("person", p.slug));
            if (publisher != null) {
                input.put("publisher", publisher.slug);
            }
            Write write = send(id, "create article " + slug, request("/v1/articles")
                    .header("Content-Type", "application/json").POST(json(input)));
            ArticleModel model = new ArticleModel(slug, headline, body, slugs(named),
                    publisher == null ? null : publisher.slug, write);
            model.status.add(write, "draft");
            articles.add(model);
            if (write.outcome == Outcome.ACKED) {
                model.id = write.body.path("id").asText();
                myDrafts.add(model);
            }
            return write.outcome;
        }

        Outcome publish() throws Exception {
            ArticleModel model = myDrafts.remove(random.nextInt(myDrafts.size()));
            Write write = send(id, "publish article " + model.slug, request("/v1/articles/" + model.id + "/publish")
                    .header("If-Match", "*").POST(HttpRequest.BodyPublishers.noBody()));
            model.status.add(write, "published");
            return write.outcome;
        }

        Outcome patchPerson() throws Exception {
            PersonModel model = myPeople.get(random.nextInt(myPeople.size()));
            HttpResponse<String> current;
            try {
                current = http.send(request("/v1/people/" + model.slug).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return e instanceof ConnectException ? Outcome.NOT_SENT : Outcome.UNKNOWN;
            }
            if (current.statusCode() != 200) {
                // An acknowledged person that cannot be read: verification reports it; nothing to patch.
                return Outcome.REFUSED;
            }
            String description = "d" + (model.description.values.size()) + " " + words(random, 3);
            Write write = send(id, "patch person " + model.slug, request("/v1/people/" + model.slug)
                    .header("Content-Type", "application/merge-patch+json")
                    .header("If-Match", current.headers().firstValue("ETag").orElse("*"))
                    .method("PATCH", json(JSON.createObjectNode().put("description", description))));
            model.description.add(write, description);
            return write.outcome;
        }

        /** People, published articles naming them and quotes, in one request of fewer than 500 lines. */
        Outcome bulk() throws Exception {
            String prefix = "w" + id + "-b-" + n;
            BulkModel model = new BulkModel(prefix);
            StringBuilder ndjson = new StringBuilder();
            int line = 0;
            List<BulkPerson> bulkPeople = new ArrayList<>();
            for (int i = 0, count = 2 + random.nextInt(4); i < count; i++) {
                BulkPerson person = new BulkPerson(++line, prefix + "-p" + i, name(random));
                bulkPeople.add(person);
                ObjectNode data = JSON.createObjectNode().put("slug", person.slug).put("name", person.name);
                ndjson.append(JSON.writeValueAsString(JSON.createObjectNode().put("type", "person").set("data", data))).append('\n');
            }
            model.people.addAll(bulkPeople);
            for (int a = 0, count = 3 + random.nextInt(10); a < count; a++) {
                List<BulkPerson> named = pickSome(bulkPeople, 1 + random.nextInt(2), random);
                String slug = prefix + "-a" + a;
                List<String> body = new ArrayList<>();
                Map<String, String> quotes = new LinkedHashMap<>();
                for (BulkPerson person : named) {
                    String said = words(random, 5) + " " + slug.replace('-', ' ') + " " + person.slug.substring(person.slug.lastIndexOf('-') + 1);
                    quotes.put(said, person.slug);
                    body.add(person.name + " said: \u201c" + said + ".\u201d " + capitalised(words(random, 10)) + ".");
                }
                body.add(capitalised(words(random, 12)) + ".");
                BulkArticle article = new BulkArticle(++line, slug, capitalised(words(random, 5)) + " (" + slug + ")",
                        body, slugs2(named), quotes);
                ObjectNode data = JSON.createObjectNode().put("slug", slug).put("headline", article.headline).put("language", "en");
                body.forEach(data.putArray("body")::add);
                ArrayNode mentions = data.putArray("people");
                named.forEach(p -> mentions.addObject().put("person", p.slug));
                ndjson.append(JSON.writeValueAsString(JSON.createObjectNode().put("type", "article").put("publish", true)
                        .set("data", data))).append('\n');
                for (Map.Entry<String, String> quote : quotes.entrySet()) {
                    ObjectNode q = JSON.createObjectNode().put("text", quote.getKey()).put("article", slug);
                    q.putObject("speaker").put("type", "person").put("id", quote.getValue());
                    ndjson.append(JSON.writeValueAsString(JSON.createObjectNode().put("type", "quote").set("data", q))).append('\n');
                    article.quoteLines.add(++line);
                }
                model.articles.add(article);
            }
            model.lines = line;
            Write write = send(id, "bulk " + prefix + " (" + line + " lines: " + bulkPeople.size() + " people, "
                    + model.articles.size() + " articles with their quotes)", request("/v1/bulk")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())));
            model.write = write;
            bulks.add(model);
            if (write.outcome == Outcome.ACKED) {
                for (JsonNode error : write.body.path("errors")) {
                    model.refusedLines.add(error.path("line").asInt());
                }
                if (write.body.path("rejected").asInt() > 0) {
                    log("note: %s was acknowledged with refused lines: %s", write.describe(), write.body);
                }
            }
            return write.outcome;
        }
    }

    /**
     * Ingests a page made unique by a tag in its headline line, with a paragraph quoting a new person: the ingest
     * must create that person, the article and its quotes in one transaction.
     */
    private IngestModel ingest(int writer, Template template, String tag, String speaker) throws Exception {
        Write write = send(writer, "ingest " + template.name + " tagged " + tag + " quoting new person " + speaker,
                request("/v1/ingest?publish=true").header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(template.page(tag, speaker))));
        IngestModel model = new IngestModel(template, tag, speaker, write);
        ingests.add(model);
        return model;
    }

    /** Sends a write and records what was sent and what came back; never throws for a failed request. */
    private Write send(int writer, String what, HttpRequest.Builder request) throws InterruptedException {
        Write write = new Write(writeNumbers.incrementAndGet(), writer, generation, what);
        writes.add(write);
        inFlight.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request.timeout(WRITE_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            write.answered = System.nanoTime();
            write.status = response.statusCode();
            if (response.statusCode() / 100 == 2) {
                write.outcome = Outcome.ACKED;
                acknowledged.incrementAndGet();
                try {
                    write.body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
                } catch (IOException unreadable) { // still acknowledged: verification reports what does not match
                    write.body = JSON.nullNode();
                    write.detail = "unreadable answer " + abbreviated(response.body());
                }
            } else {
                write.detail = response.body();
                write.outcome = Outcome.REFUSED;
            }
        } catch (ConnectException e) {
            write.detail = e.toString();
            write.outcome = Outcome.NOT_SENT;
        } catch (IOException e) {
            write.detail = e.toString();
            write.outcome = Outcome.UNKNOWN;
        } finally {
            inFlight.decrementAndGet();
        }
        return write;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH).timeout(WRITE_TIMEOUT);
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    // --- Verification through the API ---------------------------------------------------------------------

    /** Everything the API serves, read through its lists (with the key: drafts too, no response cache). */
    private final class Scan {
        final Map<String, JsonNode> people = new HashMap<>();
        final Map<String, JsonNode> sources = new HashMap<>();
        final Map<String, JsonNode> articles = new HashMap<>();
        final Map<String, List<JsonNode>> tagged = new HashMap<>();
        final Map<String, List<JsonNode>> peopleByName = new HashMap<>();

        Scan() throws Exception {
            readAll("/v1/people?limit=100", people);
            readAll("/v1/sources?limit=100", sources);
            readAll("/v1/articles?status=all&sort=headline&limit=100&fields="
                    + URLEncoder.encode("slug,headline,body,status,people,entities,quotes,publisher,version", StandardCharsets.UTF_8),
                    articles);
            for (JsonNode person : people.values()) {
                peopleByName.computeIfAbsent(person.path("name").asText(), n -> new ArrayList<>()).add(person);
            }
            for (JsonNode article : articles.values()) {
                Matcher tag = TAG.matcher(article.path("headline").asText());
                if (tag.find()) {
                    tagged.computeIfAbsent(tag.group(1), t -> new ArrayList<>()).add(article);
                }
            }
        }

        private void readAll(String first, Map<String, JsonNode> into) throws Exception {
            String next = first + "&includeTotal=true";
            long total = -1;
            int pages = 0;
            while (next != null) {
                HttpResponse<String> page = http.send(request(next).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() != 200) {
                    throw new AssertionError("GET " + next + ": " + page.statusCode() + " " + page.body() + "\n" + app.logTail(40));
                }
                JsonNode json = JSON.readTree(page.body());
                if (total < 0) {
                    total = json.path("meta").path("total").asLong(-1);
                }
                for (JsonNode item : json.path("data")) {
                    if (into.put(item.path("slug").asText(), item) != null) {
                        problem("BAD LIST", "", "the list " + first + " gives slug " + item.path("slug").asText() + " twice");
                    }
                }
                next = json.path("links").path("next").isTextual() ? json.path("links").path("next").asText() : null;
                if (++pages > 10_000) {
                    throw new AssertionError("the list " + first + " does not end");
                }
            }
            if (total >= 0 && total != into.size()) {
                problem("BAD LIST", "", "the list " + first + " counts " + total + " items but pages through " + into.size());
            }
        }
    }

    private void verify(String when) throws Exception {
        long t = System.nanoTime();
        int before = failures.size();
        Scan scan = new Scan();
        int unknownApplied = 0;
        int unknownAbsent = 0;
        for (PersonModel person : people) {
            Presence p = check(person.create, when, person.slug, scan.people.get(person.slug), node -> {
                List<String> wrong = new ArrayList<>();
                same(wrong, "name", person.name, node.path("name").asText());
                same(wrong, "aliases", person.aliases, strings(node.path("aliases")));
                oneOf(wrong, "description", person.description, node.path("description").asText(null));
                return wrong;
            });
            unknownApplied += p == Presence.UNKNOWN_APPLIED ? 1 : 0;
            unknownAbsent += p == Presence.UNKNOWN_ABSENT ? 1 : 0;
        }
        for (SourceModel source : sources) {
            Presence p = check(source.create, when, source.slug, scan.sources.get(source.slug), node -> {
                List<String> wrong = new ArrayList<>();
                same(wrong, "name", source.name, node.path("name").asText());
                same(wrong, "kind", source.kind, node.path("kind").asText());
                same(wrong, "url", source.url, node.path("url").asText(null));
                return wrong;
            });
            unknownApplied += p == Presence.UNKNOWN_APPLIED ? 1 : 0;
            unknownAbsent += p == Presence.UNKNOWN_ABSENT ? 1 : 0;
        }
        for (ArticleModel article : articles) {
            Presence p = check(article.create, when, article.slug, scan.articles.get(article.slug), node -> {
                List<String> wrong = new ArrayList<>();
                same(wrong, "headline", article.headline, node.path("headline").asText());
                same(wrong, "body", article.body, strings(node.path("body")));
                same(wrong, "people", new TreeMap<>(count(article.people)), new TreeMap<>(count(slugsOf(node.path("people")))));
                same(wrong, "publisher", article.publisher, node.path("publisher").path("slug").asText(null));
                oneOf(wrong, "status", article.status, node.path("status").asText());
                return wrong;
            });
            unknownApplied += p == Presence.UNKNOWN_APPLIED ? 1 : 0;
            unknownAbsent += p == Presence.UNKNOWN_ABSENT ? 1 : 0;
        }
        for (BulkModel bulk : bulks) {
            Presence p = checkBulk(bulk, scan, when);
            unknownApplied += p == Presence.UNKNOWN_APPLIED ? 1 : 0;
            unknownAbsent += p == Presence.UNKNOWN_ABSENT ? 1 : 0;
        }
        for (IngestModel ingest : ingests) {
            Presence p = checkIngest(ingest, scan, when);
            unknownApplied += p == Presence.UNKNOWN_APPLIED ? 1 : 0;
            unknownAbsent += p == Presence.UNKNOWN_ABSENT ? 1 : 0;
        }
        unknownStored = unknownApplied;
        unknownNotStored = unknownAbsent;
        log("verified %s: %d writes so far, %d people, %d sources, %d articles served; writes without an answer: %d "
                        + "stored, %d not; %d new problems (%d ms)", when, writes.size(), scan.people.size(),
                scan.sources.size(), scan.articles.size(), unknownApplied, unknownAbsent, failures.size() - before,
                (System.nanoTime() - t) / 1_000_000);
        if (failures.size() > before) {
            int killed = generation - 1;
            failures.add("the server log of the killed run " + killed + " ends with:\n" + app.logTail(killed, 30)
                    + "\nand of the restart (run " + generation + "):\n" + app.logTail(generation, 15));
        }
    }

    enum Presence { ACKED, REFUSED, UNKNOWN_APPLIED, UNKNOWN_ABSENT }

    /** A resource made by one write: present and whole when acknowledged, absent when refused, all or nothing else. */
    private Presence check(Write write, String when, String resource, JsonNode found, Checker whole) {
        JsonNode answered = write.body == null ? null : write.body.has("article") ? write.body.path("article") : write.body;
        String what = answered != null && answered.path("id").isTextual()
                ? resource + " (id " + answered.path("id").asText() + ")" : resource;
        if (write.outcome == Outcome.ACKED) {
            if (found == null) {
                problem("LOST", when, what + " is missing although " + write.describe());
            } else {
                List<String> wrong = whole.wrong(found);
                if (!wrong.isEmpty()) {
                    problem("DAMAGED", when, what + " " + wrong + "; it was created by " + write.describe());
                }
            }
            return Presence.ACKED;
        }
        if (write.outcome == Outcome.REFUSED || write.outcome == Outcome.NOT_SENT) {
            if (found != null) {
                problem("STORED WHEN REFUSED", when, what + " is present although " + write.describe());
            }
            return Presence.REFUSED;
        }
        if (found == null) {
            return Presence.UNKNOWN_ABSENT;
        }
        List<String> wrong = whole.wrong(found);
        if (!wrong.isEmpty()) {
            problem("HALF-PRESENT", when, what + " " + wrong + " after " + write.describe());
        }
        return Presence.UNKNOWN_APPLIED;
    }

    private Presence checkBulk(BulkModel bulk, Scan scan, String when) {
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (BulkPerson person : bulk.people) {
            JsonNode node = scan.people.get(person.slug);
            boolean expected = !bulk.refusedLines.contains(person.line);
            (node == null ? absent : present).add("line " + person.line + " person " + person.slug);
            if (node != null && expected) {
                same(wrong, person.slug + " name", person.name, node.path("name").asText());
            }
            if (bulk.write.outcome == Outcome.ACKED && expected != (node != null)) {
                wrong.add("line " + person.line + " (person " + person.slug + ") " + (expected ? "missing" : "present though refused"));
            }
        }
        for (BulkArticle article : bulk.articles) {
            JsonNode node = scan.articles.get(article.slug);
            boolean expected = !bulk.refusedLines.contains(article.line);
            (node == null ? absent : present).add("line " + article.line + " article " + article.slug);
            Map<String, String> quotes = new HashMap<>();
            if (node != null) {
                same(wrong, article.slug + " headline", article.headline, node.path("headline").asText());
                same(wrong, article.slug + " body", article.body, strings(node.path("body")));
                same(wrong, article.slug + " people", new TreeMap<>(count(article.people)),
                        new TreeMap<>(count(slugsOf(node.path("people")))));
                same(wrong, article.slug + " status", "published", node.path("status").asText());
                for (JsonNode quote : node.path("quotes")) {
                    quotes.put(quote.path("text").asText(), quote.path("speaker").path("slug").asText(null));
                }
            }
            if (bulk.write.outcome == Outcome.ACKED && expected != (node != null)) {
                wrong.add("line " + article.line + " (article " + article.slug + ") " + (expected ? "missing" : "present though refused"));
            }
            int q = 0;
            for (Map.Entry<String, String> quote : article.quotes.entrySet()) {
                int line = article.quoteLines.get(q++);
                boolean there = quotes.containsKey(quote.getKey());
                (there ? present : absent).add("line " + line + " quote of " + article.slug);
                if (there) {
                    same(wrong, "speaker of line " + line, quote.getValue(), quotes.get(quote.getKey()));
                }
                if (bulk.write.outcome == Outcome.ACKED && there == bulk.refusedLines.contains(line)) {
                    wrong.add("line " + line + " (quote \u201c" + quote.getKey() + "\u201d in " + article.slug + ") "
                            + (there ? "present though refused" : "missing"));
                }
            }
            if (node != null && quotes.size() != article.quotes.size()) {
                wrong.add(article.slug + " has " + quotes.size() + " quotes, the bulk sent " + article.quotes.size());
            }
        }
        String what = "bulk " + bulk.prefix;
        switch (bulk.write.outcome) {
            case ACKED -> {
                if (present.isEmpty() && bulk.refusedLines.isEmpty()) {
                    problem("LOST", when, what + ": all " + bulk.lines + " lines are missing although " + bulk.write.describe());
                } else if (!wrong.isEmpty()) {
                    problem(present.isEmpty() ? "LOST" : "DAMAGED", when, what + ": " + wrong + " although "
                            + bulk.write.describe());
                }
                return Presence.ACKED;
            }
            case REFUSED, NOT_SENT -> {
                if (!present.isEmpty()) {
                    problem("STORED WHEN REFUSED", when, what + " has " + present + " although " + bulk.write.describe());
                }
                return Presence.REFUSED;
            }
            default -> {
                if (present.isEmpty()) {
                    return Presence.UNKNOWN_ABSENT;
                }
                if (!absent.isEmpty() || !wrong.isEmpty()) {
                    problem("HALF-PRESENT", when, what + " (one transaction) has " + present.size() + " of "
                            + (present.size() + absent.size()) + " lines; missing " + absent + (wrong.isEmpty() ? "" : "; " + wrong)
                            + " after " + bulk.write.describe());
                }
                return Presence.UNKNOWN_APPLIED;
            }
        }
    }

    private Presence checkIngest(IngestModel ingest, Scan scan, String when) {
        List<JsonNode> found = scan.tagged.getOrDefault(ingest.tag, List.of());
        String what = "the article of " + ingest.write.what;
        if (found.size() > 1) {
            problem("DUPLICATED", when, what + " is stored " + found.size() + " times: " + slugsOf(found));
        }
        JsonNode node = found.isEmpty() ? null : found.get(0);
        Template template = ingest.template;
        List<JsonNode> speakers = scan.peopleByName.getOrDefault(ingest.speaker, List.of());
        Presence presence = check(ingest.write, when, what, node, stored -> {
            List<String> wrong = new ArrayList<>();
            same(wrong, "status", "published", stored.path("status").asText());
            same(wrong, "people named " + ingest.speaker + " in the catalog", 1, speakers.size());
            if (!stored.path("people").findValuesAsText("name").contains(ingest.speaker)) {
                wrong.add("the new person " + ingest.speaker + " is not among its people");
            }
            if (ingest.write.outcome == Outcome.ACKED) {
                JsonNode sent = ingest.write.body.path("article");
                same(wrong, "id", sent.path("id").asText(), stored.path("id").asText());
                same(wrong, "headline", sent.path("headline").asText(), stored.path("headline").asText());
                same(wrong, "body", strings(sent.path("body")), strings(stored.path("body")));
                same(wrong, "people", idsOf(sent.path("people")), idsOf(stored.path("people")));
                same(wrong, "entities", idsOf(sent.path("entities")), idsOf(stored.path("entities")));
                same(wrong, "quotes as answered", quoteTexts(sent.path("quotes")), quoteTexts(stored.path("quotes")));
            } else {
                same(wrong, "body", template.body(ingest.speaker), strings(stored.path("body")));
                same(wrong, "number of people", template.people, stored.path("people").size());
                same(wrong, "number of entities", template.entities, stored.path("entities").size());
                same(wrong, "quotes", template.quotes, quoteTexts(stored.path("quotes")));
            }
            return wrong;
        });
        if (node == null && !speakers.isEmpty()) {
            // The person the page introduces was stored without the article that names them.
            String kind = presence == Presence.UNKNOWN_ABSENT ? "HALF-PRESENT" : presence == Presence.REFUSED
                    ? "STORED WHEN REFUSED" : "LOST";
            problem(kind, when, "the new person " + ingest.speaker + " (" + slugsOf(speakers) + ") is stored but not "
                    + what + ": " + ingest.write.describe());
        }
        return presence;
    }

    /**
     * Records a problem once: the same loss is seen again after every later restart, and is reported with the
     * first restart that showed it. LOST and DAMAGED problems are acknowledged writes that did not survive.
     */
    private void problem(String kind, String when, String what) {
        if (reported.add(kind + ": " + what)) {
            String message = kind + (when.isEmpty() ? "" : " " + when) + ": " + what;
            failures.add(message);
            if (kind.equals("LOST") || kind.equals("DAMAGED")) {
                lostAcknowledged++;
            }
            log("PROBLEM %s", message);
        }
    }

    interface Checker {
        List<String> wrong(JsonNode found);
    }

    private static void same(List<String> wrong, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(field + " is " + abbreviated(actual) + ", expected " + abbreviated(expected));
        }
    }

    private static void oneOf(List<String> wrong, String field, History<String> history, String actual) {
        Set<String> acceptable = history.acceptable();
        if (!acceptable.contains(actual)) {
            Write last = history.lastAcknowledged();
            wrong.add(field + " is " + abbreviated(actual) + ", expected one of " + acceptable + " after the writes "
                    + history.describe() + (last == null ? "" : "; the last acknowledged one: " + last.describe()));
        }
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
    }

    // --- Verification under the API: the change log ---------------------------------------------------------

    /**
     * seq is 1..N without a gap and change_log_head says N; every stored resource has events, the first "created"
     * and the newest naming its current version (never "deleted"), versions only growing; every resource the
     * log names is stored unless its newest event is "deleted".
     */
    private void checkChangeLog() throws SQLException {
        record Event(long seq, String type, String op, long version) {
        }
        Map<String, List<Event>> byResource = new HashMap<>();
        List<String> problems = new ArrayList<>();
        long count = 0;
        long head;
        Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
        try (Connection db = app.jdbc(); Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery(
                    "SELECT seq, resource_type, op, resource_id, resource_version FROM change_event ORDER BY seq")) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (seq != count + 1) {
                        problems.add("change_event seq " + seq + " follows " + count + " (a gap or a duplicate)");
                    }
                    count = seq;
                    byResource.computeIfAbsent(rs.getString(4), id -> new ArrayList<>())
                            .add(new Event(seq, rs.getString(2), rs.getString(3), rs.getLong(5)));
                }
            }
            try (ResultSet rs = sql.executeQuery("SELECT last_seq FROM change_log_head WHERE id = 1")) {
                head = rs.next() ? rs.getLong(1) : -1;
            }
            for (String table : List.of("source", "entity", "person", "article", "quote")) {
                Map<String, Long> versions = new HashMap<>();
                try (ResultSet rs = sql.executeQuery("SELECT id, version FROM " + table)) {
                    while (rs.next()) {
                        versions.put(rs.getString(1), rs.getLong(2));
                    }
                }
                rows.put(table, versions);
            }
        }
        if (head != count) {
            problems.add("change_log_head.last_seq is " + head + " but the last event is seq " + count);
        }
        int stored = 0;
        for (Map.Entry<String, Map<String, Long>> table : rows.entrySet()) {
            for (Map.Entry<String, Long> row : table.getValue().entrySet()) {
                stored++;
                String resource = table.getKey() + " " + row.getKey() + " (version " + row.getValue() + ")";
                List<Event> events = byResource.get(row.getKey());
                if (events == null) {
                    problems.add(resource + " has no event in the change log" + writeOf(row.getKey()));
                    continue;
                }
                Event first = events.get(0);
                Event newest = events.get(events.size() - 1);
                if (events.stream().anyMatch(e -> !e.type.equals(table.getKey()))) {
                    problems.add(resource + " has events of another type: " + events);
                }
                if (!first.op.equals("created")) {
                    problems.add(resource + " has no \"created\" event first: " + events);
                }
                if (newest.op.equals("deleted")) {
                    problems.add(resource + " is stored but its newest event says deleted: " + events);
                }
                if (newest.version != row.getValue()) {
                    problems.add(resource + ": its newest event names version " + newest.version + ": " + events
                            + writeOf(row.getKey()));
                }
                for (int i = 1; i < events.size(); i++) {
                    if (events.get(i).version <= events.get(i - 1).version) {
                        problems.add(resource + ": versions do not grow along the log: " + events);
                        break;
                    }
                }
            }
        }
        for (Map.Entry<String, List<Event>> resource : byResource.entrySet()) {
            List<Event> events = resource.getValue();
            Event newest = events.get(events.size() - 1);
            Map<String, Long> table = rows.get(newest.type);
            if ((table == null || !table.containsKey(resource.getKey())) && !newest.op.equals("deleted")) {
                problems.add("the log names " + newest.type + " " + resource.getKey() + " (" + events
                        + ") that is not stored and not deleted" + writeOf(resource.getKey()));
            }
        }
        log("change log: %d events, head %d, %d stored resources, %d resources named; %d problems", count, head, stored,
                byResource.size(), problems.size());
        List<String> listed = problems.size() > 30 ? problems.subList(0, 30) : problems;
        for (String p : listed) {
            problem("CHANGE LOG", "", p);
        }
        if (problems.size() > listed.size()) {
            problem("CHANGE LOG", "", "... and " + (problems.size() - listed.size()) + " more");
        }
        if (!problems.isEmpty()) {
            failures.add("the server log of the last run ends with:\n" + app.logTail(30));
        }
    }

    /** The write whose answer named this id, if one did, for messages. */
    private String writeOf(String id) {
        for (Write write : writes) {
            if (write.body != null && write.body.toString().contains(id)) {
                return " (named in the answer to " + write.describe() + ")";
            }
        }
        return "";
    }

    // --- What was written ---------------------------------------------------------------------------------------

    enum Outcome { PENDING, ACKED, REFUSED, NOT_SENT, UNKNOWN }

    private final class Write {
        final int number;
        final int writer;
        final int run;
        final String what;
        final long sent = System.nanoTime();
        volatile long answered;
        volatile int status;
        volatile Outcome outcome = Outcome.PENDING;
        volatile JsonNode body;
        volatile String detail;

        Write(int number, int writer, int run, String what) {
            this.number = number;
            this.writer = writer;
            this.run = run;
            this.what = what;
        }

        /** What kind of write this is ("create person", "bulk", "ingest"...), for summaries. */
        String kind() {
            return what.startsWith("ingest") ? "ingest" : what.startsWith("bulk") ? "bulk" : what.substring(0, what.lastIndexOf(' '));
        }

        String describe() {
            String when;
            Kill kill = kills.stream().filter(k -> k.run == run).findFirst().orElse(null);
            switch (outcome) {
                case ACKED -> when = "it was acknowledged (" + status + ") in run " + run + (kill == null ? ""
                        : kill.at >= answered ? ", " + (kill.at - answered) / 1_000_000 + " ms before kill " + kill.number
                        : " while kill " + kill.number + " was under way") + ", " + (answered - sent) / 1_000_000
                        + " ms after it was sent";
                case REFUSED -> when = "it was refused with " + status + " in run " + run + ": " + abbreviated(detail);
                case NOT_SENT -> when = "its connection was refused in run " + run;
                case UNKNOWN -> when = "it got no answer in run " + run + (kill == null ? ""
                        : " (sent " + (kill.at - sent) / 1_000_000 + " ms before kill " + kill.number + ")") + ": " + detail;
                default -> when = "it is still pending";
            }
            return "write #" + number + " (writer " + writer + ", " + what + "): " + when;
        }
    }

    record Kill(int number, int run, long at, long afterMillis, int acknowledged, List<String> inFlight) {
    }

    /** The values a field was given by successive writes; what may be read back after a crash. */
    static final class History<T> {
        final List<Write> writes = new ArrayList<>();
        final List<T> values = new ArrayList<>();

        synchronized void add(Write write, T value) {
            writes.add(write);
            values.add(value);
        }

        /** The value of the last acknowledged write, or of a write after it that got no answer. */
        synchronized Set<T> acceptable() {
            int last = -1;
            for (int i = 0; i < writes.size(); i++) {
                if (writes.get(i).outcome == Outcome.ACKED) {
                    last = i;
                }
            }
            Set<T> acceptable = new LinkedHashSet<>();
            if (last >= 0) {
                acceptable.add(values.get(last));
            }
            for (int i = last + 1; i < writes.size(); i++) {
                if (writes.get(i).outcome == Outcome.UNKNOWN) {
                    acceptable.add(values.get(i));
                }
            }
            return acceptable;
        }

        synchronized Write lastAcknowledged() {
            Write last = null;
            for (Write write : writes) {
                last = write.outcome == Outcome.ACKED ? write : last;
            }
            return last;
        }

        synchronized String describe() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                parts.add("#" + writes.get(i).number + " " + writes.get(i).outcome + " " + values.get(i));
            }
            return parts.toString();
        }
    }

    static final class PersonModel {
        final String slug;
        final String name;
        final List<String> aliases;
        final Write create;
        final History<String> description = new History<>();

        PersonModel(String slug, String name, List<String> aliases, Write create) {
            this.slug = slug;
            this.name = name;
            this.aliases = aliases;
            this.create = create;
        }
    }

    record SourceModel(String slug, String name, String kind, String url, Write create) {
    }

    static final class ArticleModel {
        final String slug;
        final String headline;
        final List<String> body;
        final List<String> people;
        final String publisher;
        final Write create;
        final History<String> status = new History<>();
        volatile String id;

        ArticleModel(String slug, String headline, List<String> body, List<String> people, String publisher, Write create) {
            this.slug = slug;
            this.headline = headline;
            this.body = body;
            this.people = people;
            this.publisher = publisher;
            this.create = create;
        }
    }

    record BulkPerson(int line, String slug, String name) {
    }

    record BulkArticle(int line, String slug, String headline, List<String> body, List<String> people,
                       Map<String, String> quotes, List<Integer> quoteLines) {
        BulkArticle(int line, String slug, String headline, List<String> body, List<String> people, Map<String, String> quotes) {
            this(line, slug, headline, body, people, quotes, new ArrayList<>());
        }
    }

    static final class BulkModel {
        final String prefix;
        final List<BulkPerson> people = new ArrayList<>();
        final List<BulkArticle> articles = new ArrayList<>();
        final Set<Integer> refusedLines = new HashSet<>();
        int lines;
        Write write;

        BulkModel(String prefix) {
            this.prefix = prefix;
        }
    }

    record IngestModel(Template template, String tag, String speaker, Write write) {
    }

    /** A real page; each ingest tags its headline line so that it is a new page, and reads back what this page makes. */
    static final class Template {
        final String name;
        final String text;
        final String headline;
        List<String> body;
        int people;
        int entities;
        Map<String, Integer> quotes;

        Template(String name, String text, String headline) {
            this.name = name;
            this.text = text;
            this.headline = headline;
            if (text.lines().noneMatch(line -> line.trim().equals(headline))) {
                throw new IllegalArgumentException(name + " has no headline line \"" + headline + "\"");
            }
        }

        /** The page with the tag after its headline and, after its longest line (body text), a quote of {@code speaker}. */
        String page(String tag, String speaker) {
            List<String> lines = text.lines().toList();
            int longest = 0;
            for (int i = 1; i < lines.size(); i++) {
                longest = lines.get(i).length() > lines.get(longest).length() ? i : longest;
            }
            StringBuilder page = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                page.append(line.trim().equals(headline) ? line.trim() + " (" + tag + ")" : line).append('\n');
                if (i == longest) {
                    page.append('\n').append(String.format(SAID, speaker)).append("\n\n");
                }
            }
            return page.toString();
        }

        /** What a dry run of the page made, the speaker's name kept apart: every ingest of the page must make it. */
        void learn(JsonNode article, String speaker) {
            body = strings(article.path("body")).stream().map(p -> p.replace(speaker, "{speaker}")).toList();
            people = article.path("people").size();
            entities = article.path("entities").size();
            quotes = quoteTexts(article.path("quotes"));
        }

        List<String> body(String speaker) {
            return body.stream().map(p -> p.replace("{speaker}", speaker)).toList();
        }
    }

    // --- Small helpers --------------------------------------------------------------------------------------

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static List<String> slugsOf(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.path("slug").asText()));
        return out;
    }

    private static List<String> slugsOf(List<JsonNode> items) {
        return items.stream().map(item -> item.path("slug").asText()).toList();
    }

    private static Set<String> idsOf(JsonNode array) {
        Set<String> out = new java.util.TreeSet<>();
        array.forEach(item -> out.add(item.path("id").asText()));
        return out;
    }

    /** Quote texts with their number of occurrences (a page may quote the same words twice). */
    private static Map<String, Integer> quoteTexts(JsonNode quotes) {
        Map<String, Integer> out = new TreeMap<>();
        quotes.forEach(quote -> out.merge(quote.path("text").asText(), 1, Integer::sum));
        return out;
    }

    private static Map<String, Integer> count(List<String> values) {
        Map<String, Integer> out = new HashMap<>();
        values.forEach(v -> out.merge(v, 1, Integer::sum));
        return out;
    }

    private static List<String> slugs(List<PersonModel> people) {
        return people.stream().map(p -> p.slug).toList();
    }

    private static List<String> slugs2(List<BulkPerson> people) {
        return people.stream().map(BulkPerson::slug).toList();
    }

    private static <T> List<T> pickSome(List<T> from, int count, Random random) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static String name(Random random) {
        return capitalised(syllable(random) + syllable(random)) + " " + capitalised(syllable(random) + syllable(random) + syllable(random));
    }

    /**
     * A new name for writer {@code writer}'s {@code n}th write: a common first name (the extractor wants one) and a
     * made-up surname of four syllables, ending in "ov", so never the alias (a three-syllable surname) of a person
     * the writers created, which the ingest would link to instead.
     */
    private static String speaker(int writer, int n) {
        return FIRST_NAMES[n % FIRST_NAMES.length] + " " + capitalised(SYLLABLES[writer % SYLLABLES.length]
                + SYLLABLES[n / SYLLABLES.length % SYLLABLES.length] + SYLLABLES[n % SYLLABLES.length] + "ov");
    }

    private static String syllable(Random random) {
        return SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String summary(long seconds) {
        Map<String, Map<Outcome, Integer>> byKind = new TreeMap<>();
        for (Write write : writes) {
            byKind.computeIfAbsent(write.kind(), k -> new TreeMap<>()).merge(write.outcome, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder("crash test: " + kills.size() + " kills, " + writes.size() + " writes ("
                + acknowledged.get() + " acknowledged, " + lostAcknowledged + " of them lost or damaged; of the writes that got no "
                + "answer " + unknownStored + " were stored, " + unknownNotStored + " not) in "
                + seconds + " s on " + (LedeProcess.postgres() ? "PostgreSQL" : "H2") + "; by kind: " + byKind + "; kills:");
        for (Kill kill : kills) {
            out.append(" #").append(kill.number).append(" after ").append(kill.afterMillis).append(" ms and ")
                    .append(kill.acknowledged).append(" acknowledged writes, with ").append(kill.inFlight).append(" in flight;");
        }
        return out.toString();
    }

    private static String stackOf(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[crash] " + format + "%n", args);
    }
}
