package dev.lede.crash;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.crash.TrackedArticle.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks search against the database through the API, after a restart: the database's side is the admin list of the
 * test's articles (by their tag, drafts included), the reader's side is anonymous {@code GET /v1/articles?q=}.
 * <ul>
 *   <li>each tracked article is in a state its answers allow (an acknowledged write is never lost);</li>
 *   <li>each token it ever had finds it exactly when the database holds it published with that token: an
 *   acknowledged write is found by its token, an old token, a deleted article or a draft is not found, and a write
 *   that got no answer is found or not found as the database says;</li>
 *   <li>a search for the word every article of the test holds pages through exactly the published ones.</li>
 * </ul>
 */
record SearchCheck(SearchApp app, Problems problems, Set<String> reported) {
    /**
     * {@code reported} gathers the slugs already reported: a search that misses an article keeps missing it after
     * later restarts (nothing makes the index look at it again but a rebuild), and is reported once.
     */
    SearchCheck(SearchApp app, Problems problems) {
        this(app, problems, new HashSet<>());
    }

    /** Runs every check on {@code tracked} and the whole corpus; {@code when} places the problems found. */
    void verify(String when, List<TrackedArticle> tracked) throws Exception {
        long t = System.nanoTime();
        Map<String, State> stored = stored();
        int searches = 0;
        for (TrackedArticle article : tracked) {
            State state = stored.getOrDefault(article.slug, State.ABSENT);
            if (!article.allowedStates().contains(state)) {
                problems.report("LOST", when, article.slug + " is " + state + " in the database, but its answers allow only "
                        + article.allowedStates() + ": " + article.history());
            }
            for (String token : article.tokens()) {
                searches++;
                checkSearch(when, article, token, state);
            }
        }
        checkCorpus(when, stored);
        Text.log("searchcrash %s: %d articles stored, %d tracked, %d token searches, in %d ms", when, stored.size(),
                tracked.size(), searches, (System.nanoTime() - t) / 1_000_000);
    }

    /** The test's articles as the database holds them, drafts included, by slug. */
    Map<String, State> stored() throws Exception {
        Map<String, State> out = new HashMap<>();
        for (JsonNode item : app.everyPage("/v1/articles?status=all&tag=" + TrackedArticle.TAG
                + "&limit=100&fields=slug,headline,status", true)) {
            out.put(item.path("slug").asText(), new State(true, "published".equals(item.path("status").asText()),
                    TrackedArticle.tokenOf(item.path("headline").asText())));
        }
        return out;
    }

    /** A reader's search for the token finds the article exactly when the database holds it published with it. */
    void checkSearch(String when, TrackedArticle article, String token, State state) throws Exception {
        boolean current = state.published() && token.equals(state.token());
        List<String> expected = current ? List.of(article.slug) : List.of();
        List<String> found = app.search(token);
        if (found.equals(expected)) {
            return;
        }
        reported.add(article.slug);
        if (current && !found.contains(article.slug)) {
            problems.report(article.acknowledged() ? "NOT FOUND (acknowledged)" : "NOT FOUND", when, "q=" + token
                    + " finds " + found + " but the database holds " + article.slug + " " + state + ": " + article.history());
        } else {
            problems.report("STALE", when, "q=" + token + " finds " + found + " but the database holds " + article.slug
                    + " " + state + ": " + article.history());
        }
    }

    /** The word in every article of the test finds exactly the published ones: nothing missing, nothing left over. */
    void checkCorpus(String when, Map<String, State> stored) throws Exception {
        Set<String> published = new TreeSet<>();
        stored.forEach((slug, state) -> {
            if (state.published()) {
                published.add(slug);
            }
        });
        Set<String> found = new TreeSet<>(Json.slugsOf(app.everyPage("/v1/articles?limit=100&fields=slug&q="
                + TrackedArticle.CORPUS_WORD, false)));
        List<String> missing = new ArrayList<>(published);
        missing.removeAll(found);
        List<String> extra = new ArrayList<>(found);
        extra.removeAll(published);
        missing.removeAll(reported);
        extra.removeAll(reported);
        reported.addAll(missing);
        reported.addAll(extra);
        if (!missing.isEmpty()) {
            problems.report("NOT FOUND", when, "q=" + TrackedArticle.CORPUS_WORD + " misses " + missing.size() + " more of the "
                    + published.size() + " published articles: " + Text.abbreviated(missing));
        }
        if (!extra.isEmpty()) {
            problems.report("STALE", when, "q=" + TrackedArticle.CORPUS_WORD + " finds " + extra.size()
                    + " more articles the database does not hold published: " + Text.abbreviated(extra));
        }
    }
}
