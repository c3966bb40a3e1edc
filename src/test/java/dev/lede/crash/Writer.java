package dev.lede.crash;

import static dev.lede.crash.RandomText.name;
import static dev.lede.crash.RandomText.pickSome;
import static dev.lede.crash.RandomText.speaker;
import static dev.lede.crash.RandomText.words;
import static dev.lede.crash.Text.capitalised;
import static dev.lede.crash.Text.log;
import static dev.lede.crash.WriteClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.crash.Models.ArticleModel;
import dev.lede.crash.Models.BulkArticle;
import dev.lede.crash.Models.BulkModel;
import dev.lede.crash.Models.BulkPerson;
import dev.lede.crash.Models.PersonModel;
import dev.lede.crash.Models.SourceModel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What one writer writes: its own random numbers and its own resources (their slugs and tags name the writer), so
 * that no write of the test refuses another. Each write is recorded in the journal with what the test expects of it.
 */
final class Writer {
    /** What all writers share: the application, the client that journals each write, the journal, the pages to ingest. */
    record Shared(CrashApp app, WriteClient client, Journal journal, List<Template> templates) {
    }

    /** A draft this writer created and may publish, by the id its acknowledged create answered. */
    private record Draft(ArticleModel model, String id) {
    }

    private final int id;
    private final Random random;
    private final Shared shared;
    private final List<PersonModel> myPeople = new ArrayList<>();
    private final List<SourceModel> mySources = new ArrayList<>();
    private final List<Draft> myDrafts = new ArrayList<>();
    private int n;

    Writer(int id, Random random, Shared shared) {
        this.id = id;
        this.random = random;
        this.shared = shared;
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
            return publishDraft();
        } else if (pick < 70) {
            return patchPerson();
        } else if (pick < 84) {
            return sendBulk();
        } else {
            Template template = shared.templates().get(random.nextInt(shared.templates().size()));
            return shared.client().ingest(id, template, "crash-w" + id + "-n" + n, speaker(id, n)).write().outcome;
        }
    }

    private Outcome createPerson() throws Exception {
        String slug = "w" + id + "-p-" + n;
        String name = name(random);
        String description = "d0 " + words(random, 3);
        List<String> aliases = List.of(name.substring(name.indexOf(' ') + 1));
        ObjectNode body = Json.object().put("slug", slug).put("name", name).put("description", description);
        aliases.forEach(body.putArray("aliases")::add);
        Write write = create("person " + slug, "/v1/people", body);
        PersonModel model = new PersonModel(slug, name, aliases, write);
        model.description.add(write, description);
        return kept(write, model, shared.journal().people, myPeople);
    }

    private Outcome createSource() throws Exception {
        String slug = "w" + id + "-s-" + n;
        String name = name(random) + " Gazette";
        String kind = List.of("publisher", "wire_agency", "broadcaster").get(random.nextInt(3));
        String url = "https://" + slug + ".example.org/";
        ObjectNode body = Json.object().put("slug", slug).put("name", name).put("kind", kind).put("url", url);
        Write write = create("source " + slug, "/v1/sources", body);
        return kept(write, new SourceModel(slug, name, kind, url, write), shared.journal().sources, mySources);
    }

    /** POSTs a new resource to the collection at {@code path}; {@code what} names it in the journal. */
    private Write create(String what, String path, ObjectNode body) throws Exception {
        return send("create " + what, request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    /** Journals what a create expects, and keeps the resource for later writes of this writer once acknowledged. */
    private static <M> Outcome kept(Write write, M model, List<M> journaled, List<M> mine) {
        journaled.add(model);
        if (write.outcome == Outcome.ACKED) {
            mine.add(model);
        }
        return write.outcome;
    }

    private Write send(String what, HttpRequest.Builder request) throws InterruptedException {
        return shared.client().send(id, what, request);
    }

    private HttpRequest.Builder request(String path) {
        return shared.app().request(path);
    }

    /** A draft naming some of this writer's people, with one of its sources as publisher or none. */
    private Outcome createArticle() throws Exception {
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
        List<String> people = named.stream().map(p -> p.slug).toList();
        ObjectNode input = Json.object().put("slug", slug).put("headline", headline).put("language", "en");
        body.forEach(input.putArray("body")::add);
        addMentions(input, people);
        if (publisher != null) {
            input.put("publisher", publisher.slug());
        }
        Write write = create("article " + slug, "/v1/articles", input);
        ArticleModel model = new ArticleModel(slug, headline, body, people,
                publisher == null ? null : publisher.slug(), write);
        model.status().add(write, "draft");
        shared.journal().articles.add(model);
        if (write.outcome == Outcome.ACKED) {
            myDrafts.add(new Draft(model, write.body.path("id").asText()));
        }
        return write.outcome;
    }

    private Outcome publishDraft() throws Exception {
        Draft draft = myDrafts.remove(random.nextInt(myDrafts.size()));
        Write write = send("publish article " + draft.model().slug(), request("/v1/articles/" + draft.id() + "/publish")
                .header("If-Match", "*").POST(HttpRequest.BodyPublishers.noBody()));
        draft.model().status().add(write, "published");
        return write.outcome;
    }

    /** A new description, If-Match the ETag just read, so that a patch never overwrites what it did not see. */
    private Outcome patchPerson() throws Exception {
        PersonModel model = myPeople.get(random.nextInt(myPeople.size()));
        HttpResponse<String> current;
        try {
            current = shared.app().exchange(request("/v1/people/" + model.slug).GET());
        } catch (IOException e) {
            return e instanceof ConnectException ? Outcome.NOT_SENT : Outcome.UNKNOWN;
        }
        if (current.statusCode() != 200) {
            // An acknowledged person that cannot be read: verification reports it; nothing to patch.
            return Outcome.REFUSED;
        }
        String description = "d" + (model.description.values.size()) + " " + words(random, 3);
        Write write = send("patch person " + model.slug, request("/v1/people/" + model.slug)
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", current.headers().firstValue("ETag").orElse("*"))
                .method("PATCH", json(Json.object().put("description", description))));
        model.description.add(write, description);
        return write.outcome;
    }

    /** People, published articles naming them and quotes, in one request of fewer than 500 lines (one transaction). */
    private Outcome sendBulk() throws Exception {
        String prefix = "w" + id + "-b-" + n;
        BulkModel model = new BulkModel(prefix);
        StringBuilder ndjson = new StringBuilder();
        addBulkPeople(model, ndjson);
        for (int a = 0, count = 3 + random.nextInt(10); a < count; a++) {
            addBulkArticle(model, prefix + "-a" + a, ndjson);
        }
        Write write = send("bulk " + prefix + " (" + model.lines + " lines: " + model.people.size()
                + " people, " + model.articles.size() + " articles with their quotes)", request("/v1/bulk")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())));
        model.write = write;
        shared.journal().bulks.add(model);
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

    private void addBulkPeople(BulkModel model, StringBuilder ndjson) throws IOException {
        for (int i = 0, count = 2 + random.nextInt(4); i < count; i++) {
            BulkPerson person = new BulkPerson(++model.lines, model.prefix + "-p" + i, name(random));
            model.people.add(person);
            ObjectNode data = Json.object().put("slug", person.slug()).put("name", person.name());
            appendLine(ndjson, Json.object().put("type", "person").set("data", data));
        }
    }

    /** A published article naming one or two of the bulk's people, each quoted once, then its quotes' lines. */
    private void addBulkArticle(BulkModel model, String slug, StringBuilder ndjson) throws IOException {
        List<BulkPerson> named = pickSome(model.people, 1 + random.nextInt(2), random);
        List<String> body = new ArrayList<>();
        Map<String, String> quotes = new LinkedHashMap<>();
        for (BulkPerson person : named) {
            String said = words(random, 5) + " " + slug.replace('-', ' ') + " "
                    + person.slug().substring(person.slug().lastIndexOf('-') + 1);
            quotes.put(said, person.slug());
            body.add(person.name() + " said: \u201c" + said + ".\u201d " + capitalised(words(random, 10)) + ".");
        }
        body.add(capitalised(words(random, 12)) + ".");
        List<String> people = named.stream().map(BulkPerson::slug).toList();
        BulkArticle article = new BulkArticle(++model.lines, slug, capitalised(words(random, 5)) + " (" + slug + ")",
                body, people, quotes);
        ObjectNode data = Json.object().put("slug", slug).put("headline", article.headline()).put("language", "en");
        body.forEach(data.putArray("body")::add);
        addMentions(data, people);
        appendLine(ndjson, Json.object().put("type", "article").put("publish", true).set("data", data));
        for (Map.Entry<String, String> quote : quotes.entrySet()) {
            ObjectNode q = Json.object().put("text", quote.getKey()).put("article", slug);
            q.putObject("speaker").put("type", "person").put("id", quote.getValue());
            appendLine(ndjson, Json.object().put("type", "quote").set("data", q));
            article.quoteLines().add(++model.lines);
        }
        model.articles.add(article);
    }

    /** The article's "people": one mention of each slug. */
    private static void addMentions(ObjectNode article, List<String> slugs) {
        ArrayNode mentions = article.putArray("people");
        slugs.forEach(slug -> mentions.addObject().put("person", slug));
    }

    private static void appendLine(StringBuilder ndjson, JsonNode line) throws IOException {
        ndjson.append(Json.write(line)).append('\n');
    }
}
