package dev.lede.article;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.MovedException;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.slug.Lookup;

/**
 * What a reader without a key learns of an article that is not published, in one place for every read of one
 * article (the article, its related articles, its quotes): a draft or an embargoed article does not exist for them
 * (404: an embargo must not leak that the story exists); a withdrawn or killed one is gone (410) and a taken-down
 * one unavailable for legal reasons (451), each with its notice, so partners know to remove their copy. An article
 * outside the reader's entitlements does not exist for them in any state (404, checked before the state: a 410 would
 * tell that it exists), nor does anything read through it (its quotes, revisions, related articles).
 */
public final class ArticleVisibility {
    private ArticleVisibility() {
    }

    /** Throws what an anonymous read of {@code what} (the article, or one of its quotes) at {@code key} answers. */
    public static void requirePublic(Article article, String what, String key) {
        switch (article.status) {
            case published -> {
            }
            case draft, embargoed -> throw Failure.notFound(what, key);
            case withdrawn -> throw Failure.withdrawn(article.id, article.withdrawnAt, article.withdrawalReason);
            case killed -> throw Failure.killed(article.id, article.removedAt, article.removalReason);
            case taken_down -> throw Failure.takenDown(article.id, article.removedAt, article.removalReason);
        }
    }

    /**
     * The article at {@code key} (id, slug or old slug) for a reader with these entitlements, who asks for {@code what}
     * (the article, or one of its quotes, revisions...): one outside answers exactly what a missing one answers, by an
     * old slug too (its 301 would tell that it exists).
     */
    public static Article resolve(String key, Entitlements entitlements, String what) {
        Article article;
        try {
            article = Lookup.resolve(ResourceType.article, key, Article::byId, Article::bySlug, a -> a.slug);
        } catch (MovedException moved) {
            if (!entitlements.unrestricted() && Article.bySlug(moved.currentSlug())
                    .filter(a -> ArticleEntitlements.covers(entitlements, a)).isEmpty()) {
                throw Failure.notFound(what, key);
            }
            throw moved;
        }
        requireEntitled(article, entitlements, what, key);
        return article;
    }

    /** Throws what a missing {@code what} at {@code key} answers when the article is outside the entitlements. */
    public static void requireEntitled(Article article, Entitlements entitlements, String what, String key) {
        if (!ArticleEntitlements.covers(entitlements, article)) {
            throw Failure.notFound(what, key);
        }
    }
}
