package dev.lede.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.crash.TrackedArticle.Kind;
import dev.lede.crash.TrackedArticle.Step;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client of the search crash test: creates and publishes articles, sends small bulk loads of published ones, and
 * patches and deletes its own, each write recorded on its {@link TrackedArticle}. It writes until told to stop or
 * until a write is not acknowledged (the kill), and takes up again in the next round on the articles whose every
 * write was acknowledged.
 */
final class SearchWriter {
    private final int id;
    private final Random random;
    private final SearchApp app;
    private final List<TrackedArticle> journal;
    private final AtomicInteger acknowledged;
    /** This client's articles that are published and whose every write was acknowledged: it may write them again. */
    private final List<TrackedArticle> mine = new ArrayList<>();
    private int n;
    private volatile boolean stopping;

    SearchWriter(int id, long seed, SearchApp app, List<TrackedArticle> journal, AtomicInteger acknowledged) {
        this.id = id;
        this.random = new Random(seed);
        this.app = app;
        this.journal = journal;
        this.acknowledged = acknowledged;
    }

    void stop() {
        stopping = true;
    }

    /**
     * Writes until stopped or until a write gets no answer (the kill); answers with the number of operations sent. A
     * refusal (503 when a lock wait is too long) only drops the article from this client's hands.
     */
    int runRound() throws Exception {
        stopping = false;
        int sent = 0;
        Outcome last = Outcome.ACKED;
        while (!stopping && (last == Outcome.ACKED || last == Outcome.REFUSED)) {
            sent++;
            int pick = random.nextInt(100);
            if (pick < 25 && !mine.isEmpty()) {
                last = patch(mine.get(random.nextInt(mine.size())));
            } else if (pick < 33 && !mine.isEmpty()) {
                last = delete(mine.remove(random.nextInt(mine.size())));
            } else if (pick < 55) {
                last = bulk(2 + random.nextInt(5));
            } else {
                last = createAndPublish(List.of()).lastOutcome();
            }
        }
        return sent;
    }

    /** A draft naming these people (slugs), then its publication: two writes. */
    TrackedArticle createAndPublish(List<String> people) throws Exception {
        TrackedArticle article = track("c" + id + "-a" + (++n));
        String token = TrackedArticle.token(random);
        ObjectNode input = text(Json.object().put("slug", article.slug).put("language", "en"), token);
        input.putArray("tags").add(TrackedArticle.TAG);
        people.forEach(slug -> input.withArray("people").addObject().put("person", slug));
        Outcome created = send(article, Kind.CREATE, token, app.admin("/v1/articles")
                .header("Content-Type", "application/json").POST(WriteClient.json(input)));
        if (created == Outcome.ACKED) {
            kept(article, send(article, Kind.PUBLISH, null, app.admin("/v1/articles/" + article.slug + "/publish")
                    .header("If-Match", "*").POST(HttpRequest.BodyPublishers.noBody())));
        }
        return article;
    }

    /** Published articles in one request (one transaction): each line is one article's BULK step. */
    Outcome bulk(int count) throws Exception {
        List<TrackedArticle> articles = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < count; i++) {
            TrackedArticle article = track("c" + id + "-b" + (++n));
            String token = TrackedArticle.token(random);
            ObjectNode data = text(Json.object().put("slug", article.slug).put("language", "en"), token);
            data.putArray("tags").add(TrackedArticle.TAG);
            ndjson.append(Json.write(Json.object().put("type", "article").put("publish", true).set("data", data))).append('\n');
            articles.add(article);
            tokens.add(token);
        }
        Answer answer = exchange(app.admin("/v1/bulk").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())));
        List<Integer> refused = new ArrayList<>();
        if (answer.outcome() == Outcome.ACKED) {
            answer.body().path("errors").forEach(error -> refused.add(error.path("line").asInt()));
        }
        for (int i = 0; i < count; i++) {
            Outcome line = refused.contains(i + 1) ? Outcome.REFUSED : answer.outcome();
            articles.get(i).steps.add(new Step(Kind.BULK, tokens.get(i), line));
            kept(articles.get(i), line);
        }
        return answer.outcome();
    }

    private Outcome patch(TrackedArticle article) throws Exception {
        String token = TrackedArticle.token(random);
        Outcome outcome = send(article, Kind.PATCH, token, app.admin("/v1/articles/" + article.slug)
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "*")
                .method("PATCH", WriteClient.json(text(Json.object(), token))));
        if (outcome != Outcome.ACKED) {
            mine.remove(article);
        }
        return outcome;
    }

    Outcome delete(TrackedArticle article) throws Exception {
        return send(article, Kind.DELETE, null, app.admin("/v1/articles/" + article.slug)
                .header("If-Match", "*").DELETE());
    }

    private TrackedArticle track(String name) {
        TrackedArticle article = new TrackedArticle("sc-" + name);
        journal.add(article);
        return article;
    }

    private ObjectNode text(ObjectNode node, String token) {
        node.put("headline", TrackedArticle.headline(token));
        TrackedArticle.body(token, random).forEach(node.withArray("body")::add);
        return node;
    }

    private void kept(TrackedArticle article, Outcome outcome) {
        if (outcome == Outcome.ACKED) {
            mine.add(article);
        }
    }

    private Outcome send(TrackedArticle article, Kind kind, String token, HttpRequest.Builder request)
            throws InterruptedException {
        Outcome outcome = exchange(request).outcome();
        article.steps.add(new Step(kind, token, outcome));
        return outcome;
    }

    private record Answer(Outcome outcome, JsonNode body) {
    }

    /** A failed request is an outcome, never an exception: the kill is expected. */
    private Answer exchange(HttpRequest.Builder request) throws InterruptedException {
        try {
            HttpResponse<String> response = app.send(request);
            if (response.statusCode() / 100 != 2) {
                Text.log("client %d: refused %d %s", id, response.statusCode(), Text.abbreviated(response.body()));
                return new Answer(Outcome.REFUSED, null);
            }
            acknowledged.incrementAndGet();
            return new Answer(Outcome.ACKED, parsed(response.body()));
        } catch (ConnectException e) {
            return new Answer(Outcome.NOT_SENT, null);
        } catch (IOException e) {
            return new Answer(Outcome.UNKNOWN, null);
        }
    }

    /** An acknowledged answer stays acknowledged even if unreadable: only bulk answers are read, for refused lines. */
    private static JsonNode parsed(String body) {
        try {
            return body.isEmpty() ? Json.MAPPER.nullNode() : Json.MAPPER.readTree(body);
        } catch (IOException unreadable) {
            return Json.MAPPER.nullNode();
        }
    }
}
