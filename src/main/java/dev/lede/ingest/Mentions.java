package dev.lede.ingest;

import dev.lede.article.ArticleInput;
import dev.lede.article.BylineRole;
import dev.lede.article.CreditRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The references of an ingested article, each catalog item once. Two things the extractor found apart may link to
 * one item (a metonym and its country, two spellings that are aliases of one person, or a name created moments
 * ago by the page's own earlier mention), and an article that names an item twice is refused ("listed twice"): the
 * mentions are added up and the first offset kept, so the page is stored instead of answered with a 400.
 */
final class Mentions {
    final List<ArticleInput.CreditInput> credits = new ArrayList<>();
    final List<ArticleInput.BylineInput> bylines = new ArrayList<>();
    final List<ArticleInput.PersonMentionInput> people = new ArrayList<>();
    final List<ArticleInput.EntityMentionInput> entities = new ArrayList<>();
    private final Map<String, Integer> personAt = new HashMap<>();
    private final Map<String, Integer> entityAt = new HashMap<>();

    void credit(String source, CreditRole role) {
        if (credits.stream().noneMatch(c -> c.source().equals(source))) {
            credits.add(new ArticleInput.CreditInput(source, role));
        }
    }

    void byline(String person, BylineRole role) {
        if (bylines.stream().noneMatch(b -> b.person().equals(person))) {
            bylines.add(new ArticleInput.BylineInput(person, role));
        }
    }

    void person(String id, String role, int mentions, Integer firstOffset) {
        Integer at = personAt.putIfAbsent(id, people.size());
        if (at == null) {
            people.add(new ArticleInput.PersonMentionInput(id, role, mentions, firstOffset));
            return;
        }
        ArticleInput.PersonMentionInput was = people.get(at);
        people.set(at, new ArticleInput.PersonMentionInput(id, was.role() != null ? was.role() : role,
                was.mentions() + mentions, first(was.firstOffset(), firstOffset)));
    }

    void entity(String id, int mentions, Integer firstOffset) {
        Integer at = entityAt.putIfAbsent(id, entities.size());
        if (at == null) {
            entities.add(new ArticleInput.EntityMentionInput(id, mentions, firstOffset));
            return;
        }
        ArticleInput.EntityMentionInput was = entities.get(at);
        entities.set(at, new ArticleInput.EntityMentionInput(id, was.mentions() + mentions, first(was.firstOffset(), firstOffset)));
    }

    private static Integer first(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }
}
