package dev.lede.article;

import dev.lede.platform.failure.Failure;

/**
 * What a reader without a key learns of an article that is not published, in one place for every read of one
 * article (the article, its related articles, its quotes): a draft or an embargoed article does not exist for them
 * (404: an embargo must not leak that the story exists); a withdrawn or killed one is gone (410) and a taken-down
 * one unavailable for legal reasons (451), each with its notice, so partners know to remove their copy.
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
}
