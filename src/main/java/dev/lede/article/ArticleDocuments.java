package dev.lede.article;

import dev.lede.platform.persistence.InLists;
import dev.lede.platform.search.SearchDocument;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles as search documents, read in a bounded number of statements per batch. The names of the people, entities
 * and sources an article names (and their aliases) are first-class terms: {@code q=kirby} finds an article naming
 * John Kirby even where its text says only "the spokesman". Each document stores the article's list view
 * ({@link ArticleListViews}): a page of hits is served from the index.
 */
final class ArticleDocuments {
    /** Articles read per batch: its people, entities and sources stay under one IN list each. */
    static final int BATCH = 100;
    static final Map<String, Float> FIELDS = Map.of("headline", 3f, "standfirst", 2f, "body", 1f, "names", 2f);
    /** Snippets come from the body first, then the standfirst, then the headline. */
    static final List<String> HIGHLIGHTED = List.of("body", "standfirst", "headline");
    static final String PUBLISHED_AT = "publishedAt";
    /** publishedAt, or createdAt for a draft without one: the date order when drafts are listed. */
    static final String LISTED_AT = "listedAt";
    static final String UPDATED_AT = "updatedAt";
    /** The people an article names (its byline's are in "person" too, as the person filter finds them): co-mentions. */
    static final String MENTIONED = "mentioned";

    private ArticleDocuments() {
    }

    /** The documents of those of these articles that exist (at most {@value #BATCH} ids), each with its list view. */
    static List<SearchDocument> of(EntityManager em, Collection<String> ids) {
        List<Article> articles = InLists.query(em, "select a from Article a where a.id in :ids", Article.class, "ids", ids).getResultList();
        if (articles.isEmpty()) {
            return List.of();
        }
        ArticleEmbeds embeds = new ArticleEmbeds(em, ids);
        Map<String, List<String>> tags = embeds.tags(); // in the article's order: the stored view shows them so
        Map<String, ArticleView> views = new HashMap<>();
        ArticleMapper.map(embeds, articles, Set.of(), false, tags).forEach(view -> views.put(view.id(), view));
        Map<String, List<String>> mentioned = pairs(em, "select a.id, m.person.id from Article a join a.people m where a.id in :ids", ids);
        Links people = links(em, "Person", List.of(mentioned,
                pairs(em, "select a.id, b.person.id from Article a join a.bylines b where a.id in :ids", ids)));
        Links entities = links(em, "NamedEntity", List.of(
                pairs(em, "select a.id, m.entity.id from Article a join a.entities m where a.id in :ids", ids)));
        Links sources = links(em, "Source", List.of(
                pairs(em, "select a.id, a.publisher.id from Article a where a.publisher is not null and a.id in :ids", ids),
                pairs(em, "select a.id, c.source.id from Article a join a.credits c where a.id in :ids", ids)));
        List<SearchDocument> documents = new ArrayList<>();
        for (Article a : articles) {
            List<String> names = new ArrayList<>();
            Map<String, Collection<String>> keywords = new HashMap<>();
            for (Map.Entry<String, Links> kind : Map.of("person", people, "entity", entities, "source", sources).entrySet()) {
                Set<String> linked = kind.getValue().byArticle.getOrDefault(a.id, Set.of());
                keywords.put(kind.getKey(), linked);
                linked.forEach(id -> names.addAll(kind.getValue().names.getOrDefault(id, List.of())));
            }
            keywords.put("tag", tags.getOrDefault(a.id, List.of()));
            keywords.put(MENTIONED, mentioned.getOrDefault(a.id, List.of()));
            keywords.put("status", List.of(a.status.name()));
            keywords.put("language", List.of(a.language));
            keywords.put("section", a.section == null ? List.of() : List.of(a.section));
            Instant listedAt = a.publishedAt != null ? a.publishedAt : a.createdAt;
            keywords.put("month", List.of(listedAt.atOffset(ZoneOffset.UTC).toString().substring(0, 7)));
            Map<String, Long> numbers = new HashMap<>();
            numbers.put(PUBLISHED_AT, a.publishedAt == null ? null : a.publishedAt.toEpochMilli());
            numbers.put(LISTED_AT, listedAt.toEpochMilli());
            numbers.put(UPDATED_AT, a.updatedAt.toEpochMilli());
            documents.add(new SearchDocument(a.id, a.language, texts(a), Map.of("names", String.join("\n", names)),
                    keywords, numbers, Map.of("headline", a.headline), ArticleListViews.encode(views.get(a.id))));
        }
        return documents;
    }

    private static Map<String, String> texts(Article a) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("headline", a.headline);
        texts.put("standfirst", a.standfirst == null ? "" : a.standfirst);
        texts.put("body", String.join("\n\n", a.body()));
        return texts;
    }

    /** The resources of one kind each article links to, and each one's name and aliases. */
    private record Links(Map<String, Set<String>> byArticle, Map<String, List<String>> names) {
    }

    /**
     * The resources of one kind each article links to ({@code linkedBy}: the rows of the queries that link them, by
     * article), then each one's name and aliases in one query (a left join: a name without aliases still comes).
     */
    private static Links links(EntityManager em, String entity, List<Map<String, List<String>>> linkedBy) {
        Map<String, Set<String>> byArticle = new HashMap<>();
        for (Map<String, List<String>> rows : linkedBy) {
            rows.forEach((article, linked) -> byArticle.computeIfAbsent(article, k -> new LinkedHashSet<>()).addAll(linked));
        }
        Set<String> linked = new LinkedHashSet<>();
        byArticle.values().forEach(linked::addAll);
        Map<String, List<String>> names = new HashMap<>();
        for (List<String> chunk : chunks(linked)) {
            for (Object[] row : InLists.query(em, "select r.id, r.name, al from " + entity + " r left join r.aliases al where r.id in :ids",
                    Object[].class, "ids", chunk).getResultList()) {
                List<String> known = names.computeIfAbsent((String) row[0], k -> new ArrayList<>(List.of((String) row[1])));
                if (row[2] != null) {
                    known.add((String) row[2]);
                }
            }
        }
        return new Links(byArticle, names);
    }

    /** The rows (key, value) of a two-column query over these ids, grouped by key in row order. */
    private static Map<String, List<String>> pairs(EntityManager em, String jpql, Collection<String> ids) {
        Map<String, List<String>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Object[] row : InLists.query(em, jpql, Object[].class, "ids", ids).getResultList()) {
            result.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return result;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += InLists.MAX) {
            chunks.add(all.subList(i, Math.min(all.size(), i + InLists.MAX)));
        }
        return chunks;
    }
}
