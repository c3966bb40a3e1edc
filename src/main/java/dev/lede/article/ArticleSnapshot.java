package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An article as one of its revisions left it, stored as JSON with the revision: its write model (references by id,
 * mention counts as stored) and what the server owns of it (status, publishing dates, a kill or takedown notice, corrections). Cheap to take from
 * the loaded entity, so a bulk load pays no query for it. Members are named as the Article schema names them, so the
 * changed fields of a revision are Article member names. Unknown members are ignored on reading: a snapshot taken
 * by an older or newer build still reads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record ArticleSnapshot(String slug, String headline, String standfirst, List<String> body, String language,
                       String translatedFrom, String section, List<String> tags, ArticleStatus status,
                       Instant publishedAt, Instant firstPublishedAt, Instant withdrawnAt, String withdrawalReason,
                       Integer wordCount, String canonicalUrl, String originalUrl, ArticleInput.ImageInput image,
                       String publisher, List<ArticleInput.CreditInput> credits, List<ArticleInput.BylineInput> bylines,
                       List<ArticleInput.PersonMentionInput> people, List<ArticleInput.EntityMentionInput> entities,
                       List<ArticleCorrection> corrections, Instant createdAt, Instant updatedAt,
                       Instant publishAt, Instant embargoUntil, Instant removedAt, String removalReason) {

    /** The article as it is now in the persistence context. */
    static ArticleSnapshot of(Article a) {
        ArticleInput in = ArticleInputs.exported(a);
        boolean withdrawn = a.status == ArticleStatus.withdrawn;
        boolean removed = a.status == ArticleStatus.killed || a.status == ArticleStatus.taken_down;
        return new ArticleSnapshot(a.slug, in.headline(), in.standfirst(), in.body(), in.language(), in.translatedFrom(),
                in.section(), in.tags(), a.status, in.publishedAt(), a.firstPublishedAt, withdrawn ? a.withdrawnAt : null,
                withdrawn ? a.withdrawalReason : null, a.wordCount, in.canonicalUrl(), in.originalUrl(), in.image(),
                in.publisher(), in.credits(), in.bylines(), in.people(), in.entities(),
                a.corrections.isEmpty() ? null : List.copyOf(a.corrections), a.createdAt, a.updatedAt,
                in.publishAt(), in.embargoUntil(), removed ? a.removedAt : null, removed ? a.removalReason : null);
    }

    /**
     * The draft a created-and-published article was before its publishing (one INSERT stores both writes, see
     * ResourceWrites.createThen): the publishing dates it had not yet.
     */
    ArticleSnapshot asDraft() {
        return new ArticleSnapshot(slug, headline, standfirst, body, language, translatedFrom, section, tags,
                ArticleStatus.draft, publishedAt, null, null, null, wordCount, canonicalUrl, originalUrl, image, publisher,
                credits, bylines, people, entities, corrections, createdAt, updatedAt, publishAt, embargoUntil, null, null);
    }
}
