package dev.lede.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.article.ArticleRefs.SpeakerRef;
import dev.lede.article.Quote;
import dev.lede.platform.resource.StoredView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote as the API serves it. */
@Schema(name = "Quote", description = "A verbatim quotation, its speaker and the article it appears in.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteView(
        @Schema(description = "Stable opaque identifier (UUID v7).") String id,
        @Schema(description = "URL slug, made from the first words.", examples = "russia-looks-forward-to-collaborating-with-iran") String slug,
        @Schema(description = "The words quoted, verbatim.") String text,
        @Schema(description = "True for a short scare quote (one to three words) rather than a statement.") boolean fragment,
        @Schema(description = "Who says it. Absent when the text does not attribute it.") SpeakerRef speaker,
        @Schema(description = "The article the quote appears in.") ArticleLink article,
        @Schema(description = "Character offset in the article body (paragraphs joined by a blank line). Absent when unknown.") Integer offset,
        @Schema(description = "When the quote was created in Lede.") Instant createdAt,
        @Schema(description = "When it was last changed.") Instant updatedAt,
        @Schema(description = "Optimistic-locking version.", examples = "0") long version) implements StoredView {

    @Schema(name = "QuoteArticle", description = "A compact reference to the article a quote appears in.")
    public record ArticleLink(
            @Schema(description = "Article id.") String id,
            @Schema(description = "Article slug.") String slug,
            @Schema(description = "Article headline.") String headline) {
    }

    static QuoteView of(Quote quote) {
        return new QuoteView(quote.id, quote.slug, quote.text, quote.fragment, SpeakerRef.of(quote),
                new ArticleLink(quote.article.id, quote.article.slug, quote.article.headline), quote.offset,
                quote.createdAt, quote.updatedAt, quote.version);
    }
}
