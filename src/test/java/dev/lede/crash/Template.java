package dev.lede.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A real page to ingest again and again: each ingest tags its headline line, so that it is a new page, and adds a
 * paragraph quoting a new person; what the page makes is learned once from a dry run.
 */
final class Template {
    /** The paragraph each ingest adds to its page, quoting a person the catalog does not know yet. */
    private static final String SAID = "\u201cWe will publish the harbour ledger before winter,\u201d said %s, "
            + "a spokesperson for the harbour council.";

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
        body = Json.texts(article.path("body")).stream().map(p -> p.replace(speaker, "{speaker}")).toList();
        people = article.path("people").size();
        entities = article.path("entities").size();
        quotes = Json.quoteTexts(article.path("quotes"));
    }

    /** The body an ingest quoting {@code speaker} must store. */
    List<String> body(String speaker) {
        return body.stream().map(p -> p.replace("{speaker}", speaker)).toList();
    }
}
