package dev.lede.quote;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The concrete page type the OpenAPI document describes for quote lists (the examples are data: META-INF/api-docs/quotes.json). */
public final class QuoteExamples {
    private QuoteExamples() {
    }

    @Schema(name = "QuotePage", description = "A page of quotes.")
    public record QuotePage(List<QuoteView> data, Page.Meta meta, Page.Links links) {
    }
}
