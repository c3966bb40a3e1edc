package dev.lede.crash;

import static dev.lede.crash.Verifier.same;
import static dev.lede.crash.Verifier.samePeople;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.crash.Models.BulkArticle;
import dev.lede.crash.Models.BulkModel;
import dev.lede.crash.Models.BulkPerson;
import dev.lede.crash.Verifier.Presence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one bulk request, which the server runs as one transaction: acknowledged, the lines its answer did not refuse
 * are stored and whole and the others not; refused, no line is stored; without an answer, all lines or none.
 */
final class BulkCheck {
    private final BulkModel bulk;
    private final Scan scan;
    /** The lines found stored and not, and what is wrong, in line order, for the messages. */
    private final List<String> present = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    private BulkCheck(BulkModel bulk, Scan scan) {
        this.bulk = bulk;
        this.scan = scan;
    }

    static Presence check(BulkModel bulk, Scan scan, String when, Problems problems) {
        BulkCheck check = new BulkCheck(bulk, scan);
        bulk.people.forEach(check::checkPerson);
        bulk.articles.forEach(check::checkArticle);
        return check.judge(when, problems);
    }

    private void checkPerson(BulkPerson person) {
        JsonNode node = scan.people.get(person.slug());
        (node == null ? absent : present).add("line " + person.line() + " person " + person.slug());
        if (node != null && !bulk.refusedLines.contains(person.line())) {
            same(wrong, person.slug() + " name", person.name(), node.path("name").asText());
        }
        checkAsAnswered(person.line(), "person " + person.slug(), node != null);
    }

    private void checkArticle(BulkArticle article) {
        JsonNode node = scan.articles.get(article.slug());
        (node == null ? absent : present).add("line " + article.line() + " article " + article.slug());
        Map<String, String> speakerByQuote = new HashMap<>();
        if (node != null) {
            same(wrong, article.slug() + " headline", article.headline(), node.path("headline").asText());
            same(wrong, article.slug() + " body", article.body(), Json.texts(node.path("body")));
            samePeople(wrong, article.slug() + " people", article.people(), node);
            same(wrong, article.slug() + " status", "published", node.path("status").asText());
            for (JsonNode quote : node.path("quotes")) {
                speakerByQuote.put(quote.path("text").asText(), quote.path("speaker").path("slug").asText(null));
            }
        }
        checkAsAnswered(article.line(), "article " + article.slug(), node != null);
        checkQuotes(article, speakerByQuote);
        if (node != null && speakerByQuote.size() != article.quotes().size()) {
            wrong.add(article.slug() + " has " + speakerByQuote.size() + " quotes, the bulk sent "
                    + article.quotes().size());
        }
    }

    /** Each quote line of the article, against the stored article's quotes (by text). */
    private void checkQuotes(BulkArticle article, Map<String, String> speakerByQuote) {
        int q = 0;
        for (Map.Entry<String, String> quote : article.quotes().entrySet()) {
            int line = article.quoteLines().get(q++);
            boolean there = speakerByQuote.containsKey(quote.getKey());
            (there ? present : absent).add("line " + line + " quote of " + article.slug());
            if (there) {
                same(wrong, "speaker of line " + line, quote.getValue(), speakerByQuote.get(quote.getKey()));
            }
            checkAsAnswered(line, "quote \u201c" + quote.getKey() + "\u201d in " + article.slug(), there);
        }
    }

    /** Acknowledged, a line is stored exactly when the answer did not refuse it. */
    private void checkAsAnswered(int line, String what, boolean stored) {
        boolean expected = !bulk.refusedLines.contains(line);
        if (bulk.write.outcome == Outcome.ACKED && expected != stored) {
            wrong.add("line " + line + " (" + what + ") " + (expected ? "missing" : "present though refused"));
        }
    }

    private Presence judge(String when, Problems problems) {
        String what = "bulk " + bulk.prefix;
        switch (bulk.write.outcome) {
            case ACKED -> {
                if (present.isEmpty() && bulk.refusedLines.isEmpty()) {
                    problems.report("LOST", when, what + ": all " + bulk.lines + " lines are missing although "
                            + bulk.write.describe());
                } else if (!wrong.isEmpty()) {
                    problems.report(present.isEmpty() ? "LOST" : "DAMAGED", when, what + ": " + wrong + " although "
                            + bulk.write.describe());
                }
                return Presence.ACKED;
            }
            case REFUSED, NOT_SENT -> {
                if (!present.isEmpty()) {
                    problems.report("STORED WHEN REFUSED", when, what + " has " + present + " although "
                            + bulk.write.describe());
                }
                return Presence.REFUSED;
            }
            default -> {
                if (present.isEmpty()) {
                    return Presence.UNKNOWN_ABSENT;
                }
                if (!absent.isEmpty() || !wrong.isEmpty()) {
                    problems.report("HALF-PRESENT", when, what + " (one transaction) has " + present.size() + " of "
                            + (present.size() + absent.size()) + " lines; missing " + absent
                            + (wrong.isEmpty() ? "" : "; " + wrong) + " after " + bulk.write.describe());
                }
                return Presence.UNKNOWN_APPLIED;
            }
        }
    }
}
