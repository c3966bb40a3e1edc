package dev.lede.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the API serves, read through its lists with the admin key (drafts too, no response cache), by slug;
 * and, for the ingests, the articles by the tag in their headline and the people by name. A list that repeats a slug
 * or miscounts its items is a problem too.
 */
final class Scan {
    /** The tag an ingest adds to its page's headline line. */
    private static final Pattern TAG = Pattern.compile("\\((crash-[a-z0-9-]+)\\)");
    private static final String ARTICLE_FIELDS = URLEncoder.encode(
            "slug,headline,body,status,people,entities,quotes,publisher,version", StandardCharsets.UTF_8);

    final Map<String, JsonNode> people = new HashMap<>();
    final Map<String, JsonNode> sources = new HashMap<>();
    final Map<String, JsonNode> articles = new HashMap<>();
    final Map<String, List<JsonNode>> tagged = new HashMap<>();
    final Map<String, List<JsonNode>> peopleByName = new HashMap<>();
    private final CrashApp app;
    private final Problems problems;

    Scan(CrashApp app, Problems problems) throws Exception {
        this.app = app;
        this.problems = problems;
        readEveryPage("/v1/people?limit=100", people, true);
        readEveryPage("/v1/sources?limit=100", sources, true);
        readEveryPage("/v1/articles?status=all&sort=headline&limit=100&fields=" + ARTICLE_FIELDS, articles, true);
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

    /**
     * Follows the list's "next" links from {@code first}, putting each item under its slug; on a miscount, with
     * {@code explain}, reads the list in the other order to say what went missing.
     */
    private void readEveryPage(String first, Map<String, JsonNode> into, boolean explain) throws Exception {
        String next = first + "&includeTotal=true";
        long total = -1;
        int pages = 0;
        while (next != null) {
            JsonNode page = readPage(next);
            if (total < 0) {
                total = page.path("meta").path("total").asLong(-1);
            }
            for (JsonNode item : page.path("data")) {
                if (into.put(item.path("slug").asText(), item) != null) {
                    problems.report("BAD LIST", "", "the list " + first + " gives slug " + item.path("slug").asText() + " twice");
                }
            }
            next = page.path("links").path("next").isTextual() ? page.path("links").path("next").asText() : null;
            if (++pages > 10_000) {
                throw new AssertionError("the list " + first + " does not end");
            }
        }
        if (total >= 0 && total != into.size()) {
            problems.report("BAD LIST", "", "the list " + first + " counts " + total + " items but pages through " + into.size()
                    + (explain ? missedBy(first, into) : ""));
        }
    }

    /**
     * What the same list in the opposite order serves that paging {@code first} did not: the items a miscount is
     * about, shown whole (their names are what the keyset compares).
     */
    private String missedBy(String first, Map<String, JsonNode> seen) throws Exception {
        String reversed = first.contains("sort=")
                ? first.replace("sort=", "sort=-").replace("sort=--", "sort=")
                : first + "&sort=-name";
        Map<String, JsonNode> other = new HashMap<>();
        Problems quiet = new Problems();
        new Scan(app, quiet, reversed, other);
        StringBuilder missed = new StringBuilder();
        other.forEach((slug, item) -> {
            if (!seen.containsKey(slug)) {
                missed.append("\n  missed: ").append(item);
            }
        });
        return missed.length() == 0 ? "; the reversed list (" + reversed + ") serves no other item" : missed.toString();
    }

    /** Only pages through one list. */
    private Scan(CrashApp app, Problems problems, String first, Map<String, JsonNode> into) throws Exception {
        this.app = app;
        this.problems = problems;
        readEveryPage(first, into, false);
    }

    private JsonNode readPage(String path) throws Exception {
        HttpResponse<String> page = app.exchange(app.request(path).GET());
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + page.statusCode() + " " + page.body() + "\n" + app.logTail(40));
        }
        return Json.MAPPER.readTree(page.body());
    }
}
