package dev.lede.quote;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Examples of the OpenAPI document for quote operations, and the concrete page type it documents. */
public final class QuoteExamples {
    private QuoteExamples() {
    }

    public static final String QUOTE = """
            {"id": "0184e0a2-7a00-7c3e-8a11-2f4e5d6c7b8b", "slug": "russia-looks-forward-to-collaborating-with-iran-in-areas",
             "text": "Russia looks forward to collaborating with Iran in areas such as weapons development, training",
             "fragment": false,
             "speaker": {"type": "person", "id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e61", "slug": "john-kirby", "name": "John Kirby"},
             "article": {"id": "0184e0a2-6b00-7c3e-8a11-2f4e5d6c7b8a",
                         "slug": "us-expresses-concern-over-military-association-between-russia-and-iran",
                         "headline": "US expresses concern over ‘military association’ between Russia and Iran"},
             "offset": 780, "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String QUOTE_INPUT = """
            {"text": "Russia looks forward to collaborating with Iran in areas such as weapons development, training",
             "article": "us-expresses-concern-over-military-association-between-russia-and-iran",
             "speaker": {"type": "person", "id": "john-kirby"}}""";

    @Schema(name = "QuotePage", description = "A page of quotes.")
    public record QuotePage(List<QuoteView> data, Page.Meta meta, Page.Links links) {
    }
}
