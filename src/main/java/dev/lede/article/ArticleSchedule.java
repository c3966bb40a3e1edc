package dev.lede.article;

import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.Times;
import java.time.Instant;
import java.util.List;

/** The two times of the write model that decide when an article goes out: publishAt and embargoUntil. */
final class ArticleSchedule {
    private ArticleSchedule() {
    }

    /**
     * Stores them as given (a write may set, move or clear either). An embargo that ends before the scheduled
     * publication would never hold anything back: that is a mistake in the input, refused with the field named.
     */
    static void apply(Article article, ArticleInput input, List<FieldError> errors) {
        article.publishAt = Times.stored(input.publishAt());
        article.embargoUntil = Times.stored(input.embargoUntil());
        if (article.publishAt != null && article.embargoUntil != null && article.embargoUntil.isBefore(article.publishAt)) {
            errors.add(new FieldError("embargoUntil", "must not be before publishAt (the embargo would be over before "
                    + "the article is published)"));
        }
    }

    /** Whether publishing at {@code now} leaves the article embargoed: its embargo is still ahead. */
    static boolean embargoes(Instant embargoUntil, Instant now) {
        return embargoUntil != null && embargoUntil.isAfter(now);
    }
}
