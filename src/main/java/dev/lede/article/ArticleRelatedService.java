package dev.lede.article;

import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.search.SearchHits;
import dev.lede.platform.search.SearchQuery;
import dev.lede.platform.search.SimilarQuery;
import dev.lede.platform.security.Entitlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The articles most like one: those sharing the most (and the rarest) people and entities with it and the most similar
 * text, ranked by the search index ({@link SimilarQuery}), then read as a list page is (a fixed number of statements).
 */
@ApplicationScoped
@Transactional
public class ArticleRelatedService {
    /** The stored text of the index's documents, weighed as a search weighs it: headline over standfirst over body. */
    static final Map<String, Float> TEXT = ArticleDocuments.HIGHLIGHTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), ArticleDocuments.FIELDS::get));
    /**
     * Each shared person or entity (mentioned, or a byline's author: the index's person field, as {@code person=}
     * filters) scores its rarity (idf) twice, as much as the names weigh in a search.
     */
    static final Map<String, Float> SHARED = Map.of("person", 2f, "entity", 2f);

    @Inject EntityManager em;
    @Inject ArticleSearchIndexer indexer;

    /**
     * The related articles of the article at {@code key} in the state asked for ({@code status}, null for any), best
     * first. The article itself is seen as a single read sees it: a draft only with a key (else not found), a withdrawn
     * one as gone; an old slug is a {@code MovedException}.
     */
    @ReadOnly
    public Related related(String key, boolean admin, Entitlements entitled, ArticleStatus status, Set<String> include,
                           boolean withBody, int limit) {
        Article article = ArticleVisibility.resolve(key, entitled, "article");
        if (!admin) {
            ArticleVisibility.requirePublic(article, "article", key);
        }
        List<SearchQuery.Filter> filters = new ArrayList<>(ArticleEntitlements.filters(entitled));
        if (status != null) {
            filters.add(new SearchQuery.Filter("status", List.of(status.name())));
        }
        SearchHits hits = indexer.index().similar(new SimilarQuery(article.id, TEXT, SHARED, filters, limit));
        return new Related(article.id, ArticleMapper.map(em, inOrder(hits, status).stream() // the index may lag a move
                .filter(a -> ArticleEntitlements.covers(entitled, a)).toList(), include, withBody));
    }

    /** The related articles and the id of the article they relate to (the cached page depends on it). */
    public record Related(String articleId, List<ArticleView> articles) {
    }

    /**
     * The hits' articles in one statement, in hit order. One the index still has but the database no longer does (or
     * not in that state) is left out: the index follows commits, the database is the truth.
     */
    private List<Article> inOrder(SearchHits hits, ArticleStatus status) {
        List<String> ids = hits.hits().stream().map(SearchHits.Hit::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Article> byId = em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(byId::get).filter(a -> a != null && (status == null || a.status == status)).toList();
    }
}
