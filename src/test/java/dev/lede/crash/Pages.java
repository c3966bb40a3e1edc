package dev.lede.crash;

import static dev.lede.crash.Text.log;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.crash.Models.IngestModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The real pages the writers ingest, read from the test fixtures and made ready: each is ingested once, so that the
 * catalog knows every name in it and a later ingest adds only its own new person, then dry-run to learn what an
 * ingest of it makes.
 */
final class Pages {
    /** The reference page and three labeled ones, each with a headline line to tag. */
    private static final List<String> NAMES = List.of("000_bda395528f16ca54", "dev-02", "dev-10", "dev-13");

    private Pages() {
    }

    /** The pages, in a fixed order (the writers pick them by index), ready to ingest. */
    static List<Template> load(CrashApp app, WriteClient client) throws Exception {
        List<Template> templates = new ArrayList<>();
        for (String name : NAMES) {
            templates.add(read(name));
        }
        for (int i = 0; i < templates.size(); i++) {
            warmUp(templates.get(i), RandomText.speaker(0, i), client, app);
        }
        for (int i = 0; i < templates.size(); i++) {
            learnShape(templates.get(i), RandomText.dryRunSpeaker(i), app);
        }
        return templates;
    }

    private static Template read(String name) throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(Pages.class.getResourceAsStream("/fixtures/pages/" + name + ".txt"),
                name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String headline;
        try (InputStream in = Pages.class.getResourceAsStream("/fixtures/pages/" + name + ".truth.json")) {
            headline = Json.MAPPER.readTree(in).path("headline").asText();
        }
        return new Template(name, text, headline);
    }

    private static void warmUp(Template template, String speaker, WriteClient client, CrashApp app)
            throws InterruptedException {
        IngestModel warmUp = client.ingest(0, template, "crash-warm-" + tagOf(template), speaker);
        if (warmUp.write().outcome != Outcome.ACKED) {
            throw new AssertionError("warm-up ingest of " + template.name + " failed: " + warmUp.write().describe()
                    + "\n" + app.logTail(40));
        }
    }

    /** Dry-runs an ingest of the page, checks that its tag and its speaker come through, and learns what it makes. */
    private static void learnShape(Template template, String speaker, CrashApp app) throws Exception {
        String tag = "crash-dry-" + tagOf(template);
        HttpResponse<String> dry = app.exchange(app.request("/v1/ingest?dryRun=true&publish=true")
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(template.page(tag, speaker))));
        if (dry.statusCode() != 200 && dry.statusCode() != 201) {
            throw new AssertionError("dry run of " + template.name + ": " + dry.statusCode() + " " + dry.body());
        }
        JsonNode article = Json.MAPPER.readTree(dry.body()).path("article");
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

    private static String tagOf(Template template) {
        return template.name.toLowerCase().replace('_', '-');
    }
}
