package dev.lede.crash;

import static dev.lede.crash.Text.abbreviated;
import static dev.lede.crash.Text.log;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.crash.Models.ArticleModel;
import dev.lede.crash.Models.BulkModel;
import dev.lede.crash.Models.History;
import dev.lede.crash.Models.IngestModel;
import dev.lede.crash.Models.PersonModel;
import dev.lede.crash.Models.SourceModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks, after each restart, every write made so far against what the API serves: an acknowledged write's resource
 * is present and whole, a refused one's absent, one that got no answer absent or whole, never half there; a field
 * that later writes changed holds the value of the last acknowledged one or of an unanswered one after it.
 */
record Verifier(CrashApp app, Journal journal, Problems problems) {
    /** What a write's resource was found to be. */
    enum Presence { ACKED, REFUSED, UNKNOWN_APPLIED, UNKNOWN_ABSENT }

    /** What differs between what a write sent and a stored resource: nothing when the resource is whole. */
    interface WholeCheck {
        List<String> differences(JsonNode stored);
    }

    /** What a verification found of the writes that got no answer: stored, or not. */
    record Unknowns(int stored, int notStored) {
    }

    /**
     * Checks every write so far; {@code when} says after which kill, for the messages. Answers what it found of the
     * writes without an answer (the verifier keeps no state between restarts).
     */
    Unknowns verify(String when) throws Exception {
        long t = System.nanoTime();
        int before = problems.count();
        Scan scan = new Scan(app, problems);
        Map<Presence, Integer> found = new EnumMap<>(Presence.class);
        for (PersonModel person : journal.people) {
            count(found, checkResource(person.create, when, person.slug, scan.people.get(person.slug),
                    stored -> personDifferences(person, stored)));
        }
        for (SourceModel source : journal.sources) {
            count(found, checkResource(source.create(), when, source.slug(), scan.sources.get(source.slug()),
                    stored -> sourceDifferences(source, stored)));
        }
        for (ArticleModel article : journal.articles) {
            count(found, checkResource(article.create(), when, article.slug(), scan.articles.get(article.slug()),
                    stored -> articleDifferences(article, stored)));
        }
        for (BulkModel bulk : journal.bulks) {
            count(found, BulkCheck.check(bulk, scan, when, problems));
        }
        for (IngestModel ingest : journal.ingests) {
            count(found, checkIngest(ingest, scan, when));
        }
        Unknowns unknowns = new Unknowns(found.getOrDefault(Presence.UNKNOWN_APPLIED, 0),
                found.getOrDefault(Presence.UNKNOWN_ABSENT, 0));
        log("verified %s: %d writes so far, %d people, %d sources, %d articles served; writes without an answer: %d "
                        + "stored, %d not; %d new problems (%d ms)", when, journal.writes.size(), scan.people.size(),
                scan.sources.size(), scan.articles.size(), unknowns.stored(), unknowns.notStored(), problems.count() - before,
                (System.nanoTime() - t) / 1_000_000);
        if (problems.count() > before) {
            int restart = app.generation();
            int killed = restart - 1;
            problems.addContext("the server log of the killed run " + killed + " ends with:\n" + app.logTail(killed, 30)
                    + "\nand of the restart (run " + restart + "):\n" + app.logTail(restart, 15));
        }
        return unknowns;
    }

    private static void count(Map<Presence, Integer> found, Presence presence) {
        found.merge(presence, 1, Integer::sum);
    }

    /** A resource made by one write: present and whole when acknowledged, absent when refused, all or nothing else. */
    private Presence checkResource(Write write, String when, String resource, JsonNode found, WholeCheck whole) {
        JsonNode answered = write.body == null ? null : write.body.has("article") ? write.body.path("article") : write.body;
        String what = answered != null && answered.path("id").isTextual()
                ? resource + " (id " + answered.path("id").asText() + ")" : resource;
        if (write.outcome == Outcome.ACKED) {
            if (found == null) {
                problems.report("LOST", when, what + " is missing although " + write.describe());
            } else {
                List<String> wrong = whole.differences(found);
                if (!wrong.isEmpty()) {
                    problems.report("DAMAGED", when, what + " " + wrong + "; it was created by " + write.describe());
                }
            }
            return Presence.ACKED;
        }
        if (write.outcome == Outcome.REFUSED || write.outcome == Outcome.NOT_SENT) {
            if (found != null) {
                problems.report("STORED WHEN REFUSED", when, what + " is present although " + write.describe());
            }
            return Presence.REFUSED;
        }
        if (found == null) {
            return Presence.UNKNOWN_ABSENT;
        }
        List<String> wrong = whole.differences(found);
        if (!wrong.isEmpty()) {
            problems.report("HALF-PRESENT", when, what + " " + wrong + " after " + write.describe());
        }
        return Presence.UNKNOWN_APPLIED;
    }

    private static List<String> personDifferences(PersonModel person, JsonNode stored) {
        List<String> wrong = new ArrayList<>();
        same(wrong, "name", person.name, stored.path("name").asText());
        same(wrong, "aliases", person.aliases, Json.texts(stored.path("aliases")));
        oneOf(wrong, "description", person.description, stored.path("description").asText(null));
        return wrong;
    }

    private static List<String> sourceDifferences(SourceModel source, JsonNode stored) {
        List<String> wrong = new ArrayList<>();
        same(wrong, "name", source.name(), stored.path("name").asText());
        same(wrong, "kind", source.kind(), stored.path("kind").asText());
        same(wrong, "url", source.url(), stored.path("url").asText(null));
        return wrong;
    }

    private static List<String> articleDifferences(ArticleModel article, JsonNode stored) {
        List<String> wrong = new ArrayList<>();
        same(wrong, "headline", article.headline(), stored.path("headline").asText());
        same(wrong, "body", article.body(), Json.texts(stored.path("body")));
        samePeople(wrong, "people", article.people(), stored);
        same(wrong, "publisher", article.publisher(), stored.path("publisher").path("slug").asText(null));
        oneOf(wrong, "status", article.status(), stored.path("status").asText());
        return wrong;
    }

    /**
     * An ingest's article is found by its tag; besides the article, its new person must be stored with it (once) or
     * not at all.
     */
    private Presence checkIngest(IngestModel ingest, Scan scan, String when) {
        List<JsonNode> found = scan.tagged.getOrDefault(ingest.tag(), List.of());
        String what = "the article of " + ingest.write().what;
        if (found.size() > 1) {
            problems.report("DUPLICATED", when, what + " is stored " + found.size() + " times: " + Json.slugsOf(found));
        }
        JsonNode node = found.isEmpty() ? null : found.get(0);
        List<JsonNode> speakers = scan.peopleByName.getOrDefault(ingest.speaker(), List.of());
        Presence presence = checkResource(ingest.write(), when, what, node,
                stored -> ingestDifferences(ingest, speakers, stored));
        if (node == null && !speakers.isEmpty()) {
            // The person the page introduces was stored without the article that names them.
            String kind = presence == Presence.UNKNOWN_ABSENT ? "HALF-PRESENT" : presence == Presence.REFUSED
                    ? "STORED WHEN REFUSED" : "LOST";
            problems.report(kind, when, "the new person " + ingest.speaker() + " (" + Json.slugsOf(speakers)
                    + ") is stored but not " + what + ": " + ingest.write().describe());
        }
        return presence;
    }

    /**
     * An acknowledged ingest must be stored as its answer said; one without an answer as the page's dry run made it,
     * with its own speaker.
     */
    private static List<String> ingestDifferences(IngestModel ingest, List<JsonNode> speakers, JsonNode stored) {
        List<String> wrong = new ArrayList<>();
        same(wrong, "status", "published", stored.path("status").asText());
        same(wrong, "people named " + ingest.speaker() + " in the catalog", 1, speakers.size());
        if (!stored.path("people").findValuesAsText("name").contains(ingest.speaker())) {
            wrong.add("the new person " + ingest.speaker() + " is not among its people");
        }
        if (ingest.write().outcome == Outcome.ACKED) {
            JsonNode sent = ingest.write().body.path("article");
            same(wrong, "id", sent.path("id").asText(), stored.path("id").asText());
            same(wrong, "headline", sent.path("headline").asText(), stored.path("headline").asText());
            same(wrong, "body", Json.texts(sent.path("body")), Json.texts(stored.path("body")));
            same(wrong, "people", Json.idsOf(sent.path("people")), Json.idsOf(stored.path("people")));
            same(wrong, "entities", Json.idsOf(sent.path("entities")), Json.idsOf(stored.path("entities")));
            same(wrong, "quotes as answered", Json.quoteTexts(sent.path("quotes")),
                    Json.quoteTexts(stored.path("quotes")));
        } else {
            Template template = ingest.template();
            same(wrong, "body", template.body(ingest.speaker()), Json.texts(stored.path("body")));
            same(wrong, "number of people", template.people, stored.path("people").size());
            same(wrong, "number of entities", template.entities, stored.path("entities").size());
            same(wrong, "quotes", template.quotes, Json.quoteTexts(stored.path("quotes")));
        }
        return wrong;
    }

    static void same(List<String> wrong, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(field + " is " + abbreviated(actual) + ", expected " + abbreviated(expected));
        }
    }

    /** The people an article names, compared as counts per slug: their order is not kept. */
    static void samePeople(List<String> wrong, String field, List<String> expectedSlugs, JsonNode storedArticle) {
        same(wrong, field, Json.counts(expectedSlugs), Json.counts(Json.slugsOf(storedArticle.path("people"))));
    }

    private static void oneOf(List<String> wrong, String field, History<String> history, String actual) {
        Set<String> acceptable = history.acceptable();
        if (!acceptable.contains(actual)) {
            Write last = history.lastAcknowledged();
            wrong.add(field + " is " + abbreviated(actual) + ", expected one of " + acceptable + " after the writes "
                    + history.describe() + (last == null ? "" : "; the last acknowledged one: " + last.describe()));
        }
    }
}
