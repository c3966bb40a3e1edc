package dev.lede.ingest;

import dev.lede.article.ArticleInput;
import dev.lede.entity.EntityInput;
import dev.lede.entity.EntityKind;
import dev.lede.ingest.extract.Extraction;
import dev.lede.ingest.extract.RawPage;
import dev.lede.person.PersonInput;
import dev.lede.quote.QuoteInput;
import dev.lede.source.SourceInput;
import dev.lede.source.SourceKind;
import java.util.List;

/**
 * What the findings of a page become in the API's write models: pure mapping, clipped to the API's limits where
 * the page may run longer than a field allows (a name, a role), so a long page still stores.
 */
final class Drafts {
    private Drafts() {
    }

    static ArticleInput article(RawPage page, Extraction extraction, String publisher, Mentions mentions) {
        String language = page.languageHint() != null ? page.languageHint()
                : extraction.language() != null ? extraction.language() : "en";
        var published = page.publishedAtHint() != null ? page.publishedAtHint()
                : extraction.publishedAt() == null ? null : extraction.publishedAt().value();
        return new ArticleInput(null, clip(extraction.headline().value(), 500),
                extraction.standfirst() == null ? null : clip(extraction.standfirst().value(), 2000),
                extraction.body(), language, extraction.translatedFrom(), null, List.of(), published, null,
                httpUrl(page.url()), null, publisher, mentions.credits, mentions.bylines, mentions.people, mentions.entities,
                null, null);
    }

    /** {@code review}: the confidence below which what is stored waits for an editor (needsReview). */
    static QuoteInput quote(Extraction.QuoteFound quote, String articleId, Links links, double review) {
        return new QuoteInput(null, clip(quote.text(), 10_000), articleId, links.speaker(quote), quote.fragment(),
                quote.span() == null ? null : quote.span().start(), flagged(quote.confidence(), review));
    }

    /**
     * An article revised by a new version of its page: the page's text and references replace the stored ones; what
     * an editor may have set and the page does not say (slug, section, tags, image, dates, publisher, credits) stays.
     */
    static ArticleInput revision(ArticleInput stored, ArticleInput page) {
        return new ArticleInput(stored.slug(), page.headline(), page.standfirst(), page.body(), stored.language(),
                stored.translatedFrom(), stored.section(), stored.tags(), stored.publishedAt(), stored.canonicalUrl(),
                stored.originalUrl(), stored.image(), stored.publisher(), stored.credits(), page.bylines(), page.people(),
                page.entities(), stored.embargoUntil(), stored.publishAt());
    }

    static SourceInput source(String name, SourceKind kind) {
        return new SourceInput(null, clip(name, 300), kind, null, null, null, List.of());
    }

    static PersonInput byline(String name) {
        return new PersonInput(null, clip(name, 300), List.of(), null, List.of(), List.of(), null);
    }

    static PersonInput person(Extraction.PersonFound found, double review) {
        return new PersonInput(null, clip(found.name(), 300), otherForms(found.name(), found.forms()),
                clip(found.role(), 1000), List.of(), List.of(), flagged(found.confidence(), review));
    }

    static EntityInput entity(Extraction.EntityFound found, double review) {
        return new EntityInput(null, clip(found.name(), 300), named(EntityKind.class, found.kind(), EntityKind.other),
                otherForms(found.name(), found.forms()), null, null, List.of(), flagged(found.confidence(), review));
    }

    /** needsReview as a write model carries it: true below the threshold, else absent (false). */
    private static Boolean flagged(double confidence, double review) {
        return confidence < review ? Boolean.TRUE : null;
    }

    /** The value of that name, else {@code otherwise}: the extractor's roles and kinds are open-ended words. */
    static <E extends Enum<E>> E named(Class<E> type, String name, E otherwise) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return otherwise;
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String httpUrl(String url) {
        return url != null && url.matches("^https?://\\S+$") && url.length() <= 2000 ? url : null;
    }

    private static List<String> otherForms(String name, List<String> forms) {
        return forms.stream().filter(form -> !form.equals(name)).map(form -> clip(form, 300)).distinct().limit(50).toList();
    }
}
