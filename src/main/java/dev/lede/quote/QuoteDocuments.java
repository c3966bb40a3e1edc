package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.article.Quote;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.search.SearchDocument;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quotes as search documents: the words said (in the article's language), the speaker's name and aliases as names
 * ({@code q=kirby} finds what John Kirby said), and the article's headline as context; filtered by speaker, article,
 * the article's status (public searches see published articles' quotes only) and fragment.
 */
final class QuoteDocuments {
    /** Quotes read per batch. */
    static final int BATCH = 200;
    static final Map<String, Float> FIELDS = Map.of("text", 3f, "speaker", 2f, "context", 0.5f);
    static final List<String> HIGHLIGHTED = List.of("text");
    static final String CREATED_AT = "createdAt";
    static final String OFFSET = "offset";

    private QuoteDocuments() {
    }

    /** The documents of those of these quotes that exist, in three statements (the quotes with their articles and speakers, the speakers' aliases). */
    static List<SearchDocument> of(EntityManager em, Collection<String> ids) {
        List<Quote> quotes = InLists.query(em, "select q from Quote q join fetch q.article left join fetch q.speakerPerson"
                + " left join fetch q.speakerEntity where q.id in :ids", Quote.class, "ids", ids).getResultList();
        Map<String, List<String>> aliases = aliases(em, quotes);
        Licensed licensed = Licensed.of(em, quotes);
        List<SearchDocument> documents = new ArrayList<>();
        for (Quote q : quotes) {
            List<String> speaker = new ArrayList<>();
            String speakerId = q.speakerPerson != null ? q.speakerPerson.id : q.speakerEntity != null ? q.speakerEntity.id : null;
            if (speakerId != null) {
                speaker.add(q.speakerPerson != null ? q.speakerPerson.name : q.speakerEntity.name);
                speaker.addAll(aliases.getOrDefault(speakerId, List.of()));
            }
            Map<String, Collection<String>> keywords = new HashMap<>();
            keywords.put("person", q.speakerPerson == null ? List.of() : List.of(q.speakerPerson.id));
            keywords.put("entity", q.speakerEntity == null ? List.of() : List.of(q.speakerEntity.id));
            keywords.put("article", List.of(q.article.id));
            keywords.put("status", List.of(q.article.status.name()));
            keywords.put("fragment", List.of(Boolean.toString(q.fragment)));
            licensed.put(q.article, keywords);
            Map<String, Long> numbers = new HashMap<>();
            numbers.put(CREATED_AT, q.createdAt.toEpochMilli());
            numbers.put(OFFSET, (long) (q.offset == null ? 0 : q.offset));
            documents.add(new SearchDocument(q.id, q.article.language, Map.of("text", q.text),
                    Map.of("speaker", String.join("\n", speaker), "context", q.article.headline), keywords, numbers, Map.of()));
        }
        return documents;
    }

    /**
     * What entitlements filter a quote by, its article's: the sources (publisher and credits), the section and the tags,
     * as the article index names them ({@code ArticleEntitlements.filters}). Two statements for the batch.
     */
    private record Licensed(Map<String, List<String>> credits, Map<String, List<String>> tags) {
        static Licensed of(EntityManager em, List<Quote> quotes) {
            Set<String> articles = new LinkedHashSet<>();
            quotes.forEach(q -> articles.add(q.article.id));
            return new Licensed(pairs(em, "select a.id, c.source.id from Article a join a.credits c where a.id in :ids", articles),
                    pairs(em, "select a.id, t from Article a join a.tags t where a.id in :ids", articles));
        }

        void put(Article article, Map<String, Collection<String>> keywords) {
            Set<String> sources = new LinkedHashSet<>();
            if (article.publisher != null) {
                sources.add(article.publisher.id);
            }
            sources.addAll(credits.getOrDefault(article.id, List.of()));
            keywords.put("source", sources);
            keywords.put("section", article.section == null ? List.of() : List.of(article.section));
            keywords.put("tag", tags.getOrDefault(article.id, List.of()));
        }

        private static Map<String, List<String>> pairs(EntityManager em, String jpql, Set<String> ids) {
            Map<String, List<String>> result = new HashMap<>();
            if (!ids.isEmpty()) {
                for (Object[] row : InLists.query(em, jpql, Object[].class, "ids", ids).getResultList()) {
                    result.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
                }
            }
            return result;
        }
    }

    private static Map<String, List<String>> aliases(EntityManager em, List<Quote> quotes) {
        Set<String> speakers = new LinkedHashSet<>();
        quotes.forEach(q -> {
            if (q.speakerPerson != null) {
                speakers.add(q.speakerPerson.id);
            } else if (q.speakerEntity != null) {
                speakers.add(q.speakerEntity.id);
            }
        });
        Map<String, List<String>> aliases = new HashMap<>();
        if (!speakers.isEmpty()) {
            for (String entity : List.of("Person", "NamedEntity")) {
                String jpql = "select r.id, al from " + entity + " r join r.aliases al where r.id in :ids";
                for (Object[] row : InLists.query(em, jpql, Object[].class, "ids", speakers).getResultList()) {
                    aliases.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
                }
            }
        }
        return aliases;
    }

    /** The quotes written, those of the articles written, and those said by a person or entity that changed. */
    static Set<String> affected(EntityManager em, List<ChangeEvent> events) {
        Set<String> quotes = new LinkedHashSet<>();
        Map<String, List<String>> bySpeakerOrArticle = new HashMap<>();
        for (ChangeEvent event : events) {
            if (event.type == ResourceType.quote) {
                quotes.add(event.resourceId);
            } else if (event.type == ResourceType.article || event.op == ChangeOp.updated) {
                String column = event.type == ResourceType.article ? "article" : event.type == ResourceType.person ? "speakerPerson" : "speakerEntity";
                bySpeakerOrArticle.computeIfAbsent(column, k -> new ArrayList<>()).add(event.resourceId);
            }
        }
        bySpeakerOrArticle.forEach((column, ids) -> {
            for (int i = 0; i < ids.size(); i += InLists.MAX) {
                quotes.addAll(InLists.query(em, "select q.id from Quote q where q." + column + ".id in :ids", String.class,
                        "ids", ids.subList(i, Math.min(ids.size(), i + InLists.MAX))).getResultList());
            }
        });
        return quotes;
    }
}
