package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.article.ArticleRefs.BylineRef;
import dev.lede.article.ArticleRefs.CreditRef;
import dev.lede.article.ArticleRefs.EntityMentionRef;
import dev.lede.article.ArticleRefs.Image;
import dev.lede.article.ArticleRefs.PersonMentionRef;
import dev.lede.article.ArticleRefs.QuoteRef;
import dev.lede.platform.resource.StoredView;
import dev.lede.source.SourceRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as the API serves it. Lists leave out the body and every embed unless asked for (fields=,
 * include=); a single article embeds its publisher, credits, bylines, people and entities by default.
 */
@Schema(name = "Article", description = "A news article. Members that are absent are documented as such.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        @Schema(description = "Stable opaque identifier (UUID v7).") String id,
        @Schema(description = "Unique URL slug; old slugs redirect after a rename.",
                examples = "us-expresses-concern-over-military-association-between-russia-and-iran") String slug,
        @Schema(description = "Headline.") String headline,
        @Schema(description = "Standfirst (dek). Absent when the article has none.") String standfirst,
        @Schema(description = "Body paragraphs in order. Absent in lists unless fields includes body.") List<String> body,
        @Schema(description = "Language of the text (BCP 47).", examples = "en") String language,
        @Schema(description = "Language the text was translated from (BCP 47). Absent when it is an original.", examples = "pt-BR") String translatedFrom,
        @Schema(description = "Section. Absent when none.", examples = "world") String section,
        @Schema(description = "Tags; empty when none.") List<String> tags,
        @Schema(description = "Publishing state.") ArticleStatus status,
        @Schema(description = "Publication date shown to readers. Absent on drafts that were never given one.") Instant publishedAt,
        @Schema(description = "When the article was first published. Absent until it is.") Instant firstPublishedAt,
        @Schema(description = "When it was withdrawn. Present only on withdrawn articles (seen with a key).") Instant withdrawnAt,
        @Schema(description = "Why it was withdrawn. Present only on withdrawn articles (seen with a key).") String withdrawalReason,
        @Schema(description = "Number of words in the body.", examples = "388") int wordCount,
        @Schema(description = "Canonical URL of the article. Absent when unknown.") String canonicalUrl,
        @Schema(description = "URL the article was taken from. Absent when unknown.") String originalUrl,
        @Schema(description = "Lead image. Absent when none.") Image image,
        @Schema(description = "The publisher (include=source). Absent when not embedded or unknown.") SourceRef publisher,
        @Schema(description = "Credited sources such as wires (include=credits). Absent when not embedded.") List<CreditRef> credits,
        @Schema(description = "Byline (include=bylines). Absent when not embedded.") List<BylineRef> bylines,
        @Schema(description = "People named (include=people), in order of first mention. Absent when not embedded.") List<PersonMentionRef> people,
        @Schema(description = "Entities named (include=entities), in order of first mention. Absent when not embedded.") List<EntityMentionRef> entities,
        @Schema(description = "Quotes (include=quotes), in order of appearance. Absent when not embedded.") List<QuoteRef> quotes,
        @Schema(description = "When the article was created in Lede.") Instant createdAt,
        @Schema(description = "When it was last changed.") Instant updatedAt,
        @Schema(description = "Optimistic-locking version; increases with every change.", examples = "2") long version) implements StoredView {
}
