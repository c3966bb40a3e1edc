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
 * include=); a single article embeds its publisher, credits, bylines, people and entities by default. What the OpenAPI
 * document says of each member (when it is absent, and why) is in META-INF/api-docs/properties.json, under Article.
 */
@Schema(name = "Article", description = "A news article. Members that are absent are documented as such.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(String id, String slug, String headline, String standfirst, List<String> body,
                          String language, String translatedFrom, String section, List<String> tags,
                          ArticleStatus status, Instant publishedAt, Instant firstPublishedAt, Instant withdrawnAt,
                          String withdrawalReason, int wordCount, String canonicalUrl, String originalUrl, Image image,
                          SourceRef publisher, List<CreditRef> credits, List<BylineRef> bylines,
                          List<PersonMentionRef> people, List<EntityMentionRef> entities, List<QuoteRef> quotes,
                          Instant createdAt, Instant updatedAt, long version,
                          Instant publishAt, Instant embargoUntil, Instant removedAt, String removalReason,
                          List<ArticleCorrection> corrections) implements StoredView {
}
