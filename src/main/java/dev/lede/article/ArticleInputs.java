package dev.lede.article;

import java.util.List;

/**
 * The write model of a stored article: what a merge patch starts from. References are given by id; mention
 * counts are left out so they are computed again from the (possibly patched) body.
 */
final class ArticleInputs {
    private ArticleInputs() {
    }

    static ArticleInput of(Article a) {
        return of(a, false);
    }

    /** The write model an export carries: everything, mention counts and first offsets included, as stored. */
    static ArticleInput exported(Article a) {
        return of(a, true);
    }

    private static ArticleInput of(Article a, boolean counts) {
        ArticleInput.ImageInput image = a.image == null || a.image.url == null ? null
                : new ArticleInput.ImageInput(a.image.url, a.image.caption, a.image.credit);
        return new ArticleInput(a.slug, a.headline, a.standfirst, List.copyOf(a.body()), a.language, a.translatedFrom,
                a.section, List.copyOf(a.tags), a.publishedAt, a.canonicalUrl, a.originalUrl, image,
                a.publisher == null ? null : a.publisher.id,
                a.credits.stream().map(c -> new ArticleInput.CreditInput(c.source.id, c.role)).toList(),
                a.bylines.stream().map(b -> new ArticleInput.BylineInput(b.person.id, b.role)).toList(),
                a.people.stream().map(m -> new ArticleInput.PersonMentionInput(m.person.id, m.role,
                        counts ? m.count : null, counts ? m.firstOffset : null)).toList(),
                a.entities.stream().map(m -> new ArticleInput.EntityMentionInput(m.entity.id,
                        counts ? m.count : null, counts ? m.firstOffset : null)).toList(),
                a.embargoUntil, a.publishAt);
    }
}
