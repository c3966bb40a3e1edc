package dev.lede.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lede.article.ArticleView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an ingest produced: the article (as GET /v1/articles/{id} returns it, or as it would be for a dry run)
 * and everything extracted with how sure the extractor is. Ids are absent on items a dry run would create.
 *
 * <p>What the OpenAPI document says of each member is data, in META-INF/api-docs/properties.json (by schema
 * name, then member), put in by the catalog's documentation filter: the people, entities and sources found are
 * records of one shape whose members differ in what they mean, not in how they are written.
 */
@Schema(name = "IngestResult", description = "The article made from a page, and what was extracted to make it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(ArticleView article, boolean dryRun, boolean duplicate,
                           @Schema(enumeration = {"created", "unchanged", "revised"}) String outcome, List<PersonItem> people,
                           List<EntityItem> entities, SourceItem source, List<SourceItem> credits, List<SourceItem> bylines,
                           List<QuoteItem> quotes, DateItem publishedAt, String caption, List<String> removedLines,
                           List<String> warnings) {

    @Schema(name = "IngestPerson", description = "A person found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonItem(String id, String name, String role, @JsonProperty("new") boolean created, double confidence,
                             int mentions, Integer firstOffset) {
    }

    @Schema(name = "IngestEntity", description = "An entity found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityItem(String id, String name, String kind, @JsonProperty("new") boolean created, double confidence,
                             int mentions, Integer firstOffset) {
    }

    @Schema(name = "IngestSource", description = "A source or byline person found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceItem(String id, String name, String role, @JsonProperty("new") boolean created, double confidence, Span span) {
    }

    @Schema(name = "IngestSpan", description = "A half-open character range [start, end): of the body (paragraphs joined by a blank line) for quotes, of the page text otherwise.")
    public record Span(int start, int end) {
        static Span of(dev.lede.ingest.extract.Extraction.Span span) {
            return span == null ? null : new Span(span.start(), span.end());
        }
    }

    @Schema(name = "IngestQuote", description = "A quote found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteItem(String text, Speaker speaker, boolean fragment, double confidence, Span span) {
    }

    @Schema(name = "IngestSpeaker", description = "The speaker of a quote.")
    public record Speaker(
            @Schema(description = "Name.") String name,
            @Schema(description = "person or entity.", enumeration = {"person", "entity"}) String type) {
    }

    @Schema(name = "IngestDate", description = "A date found in the page.")
    public record DateItem(Instant value, double confidence, Span span) {
    }
}
