package dev.lede.article;

import dev.lede.article.ArticleRefs.BylineRef;
import dev.lede.article.ArticleRefs.CreditRef;
import dev.lede.article.ArticleRefs.EntityMentionRef;
import dev.lede.article.ArticleRefs.PersonMentionRef;
import dev.lede.article.ArticleRefs.QuoteRef;
import dev.lede.entity.EntityKind;
import dev.lede.platform.persistence.InLists;
import dev.lede.source.SourceKind;
import dev.lede.source.SourceRef;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads what a page of articles embeds with one query per kind of embed, whatever the page size: the number
 * of SQL statements of a list request depends on what is included, never on how many articles it returns.
 * Each query projects only the columns of the compact reference.
 */
final class ArticleEmbeds {
    static final String TAGS = "select a.id, t from Article a join a.tags t where a.id in :ids order by a.id, index(t)";
    static final String PUBLISHERS = "select a.id, p.id, p.slug, p.name, p.kind from Article a join a.publisher p where a.id in :ids";
    static final String CREDITS = "select a.id, s.id, s.slug, s.name, s.kind, c.role from Article a join a.credits c"
            + " join c.source s where a.id in :ids order by a.id, index(c)";
    static final String BYLINES = "select a.id, p.id, p.slug, p.name, b.role from Article a join a.bylines b"
            + " join b.person p where a.id in :ids order by a.id, index(b)";
    static final String PEOPLE = "select a.id, p.id, p.slug, p.name, m.role, m.count, m.firstOffset from Article a"
            + " join a.people m join m.person p where a.id in :ids order by a.id, index(m)";
    static final String ENTITIES = "select a.id, e.id, e.slug, e.name, e.kind, m.count, m.firstOffset from Article a"
            + " join a.entities m join m.entity e where a.id in :ids order by a.id, index(m)";
    static final String QUOTES = "select q from Quote q left join fetch q.speakerPerson left join fetch q.speakerEntity"
            + " where q.article.id in :ids order by q.article.id, q.offset nulls last, q.id";

    private final EntityManager em;
    private final Collection<String> ids;

    ArticleEmbeds(EntityManager em, Collection<String> ids) {
        this.em = em;
        this.ids = ids;
    }

    Map<String, List<String>> tags() {
        return grouped(TAGS, row -> (String) row[1]);
    }

    Map<String, SourceRef> publishers() {
        Map<String, SourceRef> result = new HashMap<>();
        for (Object[] row : rows(PUBLISHERS)) {
            result.put((String) row[0], new SourceRef((String) row[1], (String) row[2], (String) row[3], (SourceKind) row[4]));
        }
        return result;
    }

    Map<String, List<CreditRef>> credits() {
        return grouped(CREDITS, row -> new CreditRef((String) row[1], (String) row[2], (String) row[3],
                (SourceKind) row[4], (CreditRole) row[5]));
    }

    Map<String, List<BylineRef>> bylines() {
        return grouped(BYLINES, row -> new BylineRef((String) row[1], (String) row[2], (String) row[3], (BylineRole) row[4]));
    }

    Map<String, List<PersonMentionRef>> people() {
        return grouped(PEOPLE, row -> new PersonMentionRef((String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (Integer) row[5], (Integer) row[6]));
    }

    Map<String, List<EntityMentionRef>> entities() {
        return grouped(ENTITIES, row -> new EntityMentionRef((String) row[1], (String) row[2], (String) row[3],
                (EntityKind) row[4], (Integer) row[5], (Integer) row[6]));
    }

    Map<String, List<QuoteRef>> quotes() {
        Map<String, List<QuoteRef>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<Quote> quotes = InLists.query(em, QUOTES, Quote.class, "ids", ids).getResultList();
        for (Quote quote : quotes) {
            result.computeIfAbsent(quote.article.id, key -> new ArrayList<>()).add(QuoteRef.of(quote));
        }
        return result;
    }

    private <T> Map<String, List<T>> grouped(String query, Function<Object[], T> mapper) {
        Map<String, List<T>> result = new HashMap<>();
        for (Object[] row : rows(query)) {
            result.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add(mapper.apply(row));
        }
        return result;
    }

    private List<Object[]> rows(String query) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return InLists.query(em, query, Object[].class, "ids", ids).getResultList();
    }
}
