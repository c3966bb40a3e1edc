package dev.lede.article;

import dev.lede.platform.failure.Failure;
import java.time.Instant;

/**
 * The notice of a killed or taken-down article, as a reader without a key may learn it: which article, since when,
 * why, and the failure its JSON read answers (410, or 451). Nothing of its content: the story must be removed.
 */
public record ArticleRemoval(String id, long version, ArticleStatus status, Instant createdAt, Instant removedAt,
                             String reason, Failure failure) {

    /** The notice of a removed article; null for any other status. */
    static ArticleRemoval of(Article article) {
        return switch (article.status) {
            case killed -> new ArticleRemoval(article.id, article.version, article.status, article.createdAt,
                    article.removedAt, article.removalReason,
                    Failure.killed(article.id, article.removedAt, article.removalReason));
            case taken_down -> new ArticleRemoval(article.id, article.version, article.status, article.createdAt,
                    article.removedAt, article.removalReason,
                    Failure.takenDown(article.id, article.removedAt, article.removalReason));
            default -> null;
        };
    }
}
