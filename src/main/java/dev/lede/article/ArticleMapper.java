package dev.lede.article;

import dev.lede.article.ArticleRefs.Image;
import dev.lede.source.SourceRef;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns articles into {@link ArticleView}s inside the transaction. Embeds are loaded for the whole batch at
 * once ({@link ArticleEmbeds}), so mapping a page never touches a lazy association.
 */
final class ArticleMapper {
    static final String SOURCE = "source";
    static final String CREDITS = "credits";
    static final String BYLINES = "bylines";
    static final String PEOPLE = "people";
    static final String ENTITIES = "entities";
    static final String QUOTES = "quotes";
    static final Set<String> INCLUDES = Set.of(SOURCE, CREDITS, BYLINES, PEOPLE, ENTITIES, QUOTES);
    /** What a single article embeds when include= asks for nothing more. */
    static final Set<String> SINGLE_DEFAULT = Set.of(SOURCE, CREDITS, BYLINES, PEOPLE, ENTITIES);

    private ArticleMapper() {
    }

    static List<ArticleView> map(EntityManager em, List<Article> articles, Set<String> include, boolean withBody) {
        Collection<String> ids = articles.stream().map(a -> a.id).toList();
        return map(new ArticleEmbeds(em, ids), articles, include, withBody, null);
    }

    /** As above, with the articles' tags already read ({@link ArticleEmbeds#tags()}; null: read them here). */
    static List<ArticleView> map(ArticleEmbeds embeds, List<Article> articles, Set<String> include, boolean withBody,
                                 Map<String, List<String>> tagsRead) {
        Map<String, List<String>> tags = tagsRead != null ? tagsRead : embeds.tags();
        Map<String, SourceRef> publishers = include.contains(SOURCE) ? embeds.publishers() : null;
        var credits = include.contains(CREDITS) ? embeds.credits() : null;
        var bylines = include.contains(BYLINES) ? embeds.bylines() : null;
        var people = include.contains(PEOPLE) ? embeds.people() : null;
        var entities = include.contains(ENTITIES) ? embeds.entities() : null;
        var quotes = include.contains(QUOTES) ? embeds.quotes() : null;
        return articles.stream().map(a -> new ArticleView(a.id, a.slug, a.headline, a.standfirst,
                withBody ? List.copyOf(a.body()) : null, a.language, a.translatedFrom, a.section,
                tags.getOrDefault(a.id, List.of()), a.status, a.publishedAt, a.firstPublishedAt,
                a.status == ArticleStatus.withdrawn ? a.withdrawnAt : null,
                a.status == ArticleStatus.withdrawn ? a.withdrawalReason : null,
                a.wordCount, a.canonicalUrl, a.originalUrl, Image.of(a.image),
                publishers == null ? null : publishers.get(a.id),
                pick(credits, a.id), pick(bylines, a.id), pick(people, a.id), pick(entities, a.id), pick(quotes, a.id),
                a.createdAt, a.updatedAt, a.version, a.publishAt, a.embargoUntil,
                removed(a) ? a.removedAt : null, removed(a) ? a.removalReason : null,
                a.corrections.isEmpty() ? null : a.corrections)).toList();
    }

    /** Killed and taken-down articles show their notice (to key holders: the public gets a 410 or 451 with it). */
    private static boolean removed(Article a) {
        return a.status == ArticleStatus.killed || a.status == ArticleStatus.taken_down;
    }

    static ArticleView one(EntityManager em, Article article, Set<String> include) {
        return map(em, List.of(article), include, true).get(0);
    }

    private static <T> List<T> pick(Map<String, List<T>> byArticle, String id) {
        return byArticle == null ? null : byArticle.getOrDefault(id, List.of());
    }
}
