package dev.lede.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.article.ArticleRefs.SpeakerRef;
import dev.lede.article.Quote;
import dev.lede.platform.resource.StoredView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote as the API serves it; its members are described in META-INF/api-docs/properties.json, under Quote. */
@Schema(name = "Quote", description = "A verbatim quotation, its speaker and the article it appears in.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteView(String id, String slug, String text, boolean fragment, SpeakerRef speaker, ArticleLink article,
                        Integer offset, boolean needsReview, Instant createdAt, Instant updatedAt, long version) implements StoredView {

    @Schema(name = "QuoteArticle", description = "A compact reference to the article a quote appears in.")
    public record ArticleLink(String id, String slug, String headline) {
    }

    static QuoteView of(Quote quote) {
        return new QuoteView(quote.id, quote.slug, quote.text, quote.fragment, SpeakerRef.of(quote),
                new ArticleLink(quote.article.id, quote.article.slug, quote.article.headline), quote.offset,
                quote.needsReview, quote.createdAt, quote.updatedAt, quote.version);
    }
}
