package dev.lede.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.ArticleView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an article says besides the members this package reads by type: its embargo and its corrections, read by
 * name from the view's JSON. Both arrive on the article with other work of issue 14 (the editorial lifecycle); read
 * this way, the formats carry them as soon as the view does, and nothing when it does not.
 */
record Extras(Instant embargoUntil, List<Correction> corrections) {
    /** A correction notice: correction, clarification or retraction. */
    record Correction(String type, String text, Instant at) {
    }

    static Extras of(ObjectMapper mapper, ArticleView article) {
        return of(mapper.valueToTree(article));
    }

    /** From an article's JSON. */
    static Extras of(JsonNode tree) {
        List<Correction> corrections = new ArrayList<>();
        for (JsonNode notice : tree.path("corrections")) {
            String text = notice.path("text").asText(null);
            if (text != null) {
                corrections.add(new Correction(notice.path("type").asText("correction"), text, instant(notice.path("at"))));
            }
        }
        return new Extras(instant(tree.path("embargoUntil")), corrections);
    }

    private static Instant instant(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }
}
