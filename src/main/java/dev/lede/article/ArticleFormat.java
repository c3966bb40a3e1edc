package dev.lede.article;

import dev.lede.platform.persistence.Page;

/**
 * A representation of articles besides the API's own JSON (IPTC ninjs, schema.org JSON-LD...). Implemented by the
 * {@code format} package and found through CDI ({@link ArticleFormats}), so that articles know no format and the
 * formats depend on articles, not the other way round.
 */
public interface ArticleFormat {
    /** The media type it is served as: one of {@code AlternateFormats.TYPES}, which the cache keys by. */
    String mediaType();

    /** Its value for {@code ?format=}, or null when only {@code Accept} selects it. */
    String name();

    /** One article as a DTO that serialises to this format's JSON. */
    Object one(ArticleView article);

    /** A page of articles (each with its body and embeds), or null when this format has no list form. */
    Object page(Page<ArticleView> page);

    /** Whether {@link #page} has a list form: the lists offer only the formats that do. */
    boolean lists();

    /**
     * What this format says to a reader without a key of a killed or taken-down article, in place of the article: a
     * document its consumers read as "remove your copy" (ninjs: pubstatus canceled with the notice), or null when it has
     * none (the answer is then the problem+json notice).
     */
    default Object removed(ArticleRemoval removal) {
        return null;
    }
}
