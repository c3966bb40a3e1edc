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
 */
@Schema(name = "IngestResult", description = "The article made from a page, and what was extracted to make it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(
        @Schema(description = "The article, with quotes embedded. In a dry run nothing is stored and its id is absent.") ArticleView article,
        @Schema(description = "True when nothing was stored (dryRun=true).") boolean dryRun,
        @Schema(description = "True when this page had been ingested before; article is the one made then.") boolean duplicate,
        @Schema(description = "People named in the page.") List<PersonItem> people,
        @Schema(description = "Entities named in the page.") List<EntityItem> entities,
        @Schema(description = "The publisher. Absent when the page does not say.") SourceItem source,
        @Schema(description = "Credited sources such as wires.") List<SourceItem> credits,
        @Schema(description = "People in the byline.") List<SourceItem> bylines,
        @Schema(description = "Quotes with their speakers.") List<QuoteItem> quotes,
        @Schema(description = "The publication date found, with its confidence. Absent when none was found.") DateItem publishedAt,
        @Schema(description = "An image caption kept apart from the body. Absent when none.") String caption,
        @Schema(description = "Every line removed as boilerplate, verbatim.") List<String> removedLines,
        @Schema(description = "What the extractor was unsure of.") List<String> warnings) {

    @Schema(name = "IngestPerson", description = "A person found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonItem(
            @Schema(description = "Person id; absent when a dry run would create it.") String id,
            @Schema(description = "Full name.") String name,
            @Schema(description = "The role the text gives. Absent when none.") String role,
            @Schema(description = "True when the person was not in the catalog (created, or would be).") @JsonProperty("new") boolean created,
            @Schema(description = "How sure the extractor is, 0 to 1.") double confidence,
            @Schema(description = "How many times the page names them.") int mentions,
            @Schema(description = "Character offset of the first mention in the body (paragraphs joined by a blank line). Absent when named only outside the body.") Integer firstOffset) {
    }

    @Schema(name = "IngestEntity", description = "An entity found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityItem(
            @Schema(description = "Entity id; absent when a dry run would create it.") String id,
            @Schema(description = "Name.") String name,
            @Schema(description = "Kind, as in the Entity schema.") String kind,
            @Schema(description = "True when the entity was not in the catalog.") @JsonProperty("new") boolean created,
            @Schema(description = "How sure the extractor is, 0 to 1.") double confidence,
            @Schema(description = "How many times the page names it.") int mentions,
            @Schema(description = "Character offset of the first mention in the body. Absent when named only outside the body.") Integer firstOffset) {
    }

    @Schema(name = "IngestSource", description = "A source or byline person found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceItem(
            @Schema(description = "Id; absent when a dry run would create it.") String id,
            @Schema(description = "Name.") String name,
            @Schema(description = "Role: publisher, wire, author, editor...") String role,
            @Schema(description = "True when it was not in the catalog.") @JsonProperty("new") boolean created,
            @Schema(description = "How sure the extractor is, 0 to 1.") double confidence,
            @Schema(description = "Where in the page text it was found. Absent when not known.") Span span) {
    }

    @Schema(name = "IngestSpan", description = "A half-open character range [start, end): of the body (paragraphs joined by a blank line) for quotes, of the page text otherwise.")
    public record Span(@Schema(description = "First character.") int start, @Schema(description = "One past the last character.") int end) {
        static Span of(dev.lede.ingest.extract.Extraction.Span span) {
            return span == null ? null : new Span(span.start(), span.end());
        }
    }

    @Schema(name = "IngestQuote", description = "A quote found in the page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteItem(
            @Schema(description = "The words quoted.") String text,
            @Schema(description = "Who says it; absent when unattributed.") Speaker speaker,
            @Schema(description = "True for a scare quote of one to three words.") boolean fragment,
            @Schema(description = "How sure the extractor is of the attribution, 0 to 1.") double confidence,
            @Schema(description = "Where in the body it was found. Absent for quotes in the headline or standfirst.") Span span) {
    }

    @Schema(name = "IngestSpeaker", description = "The speaker of a quote.")
    public record Speaker(
            @Schema(description = "Name.") String name,
            @Schema(description = "person or entity.", enumeration = {"person", "entity"}) String type) {
    }

    @Schema(name = "IngestDate", description = "A date found in the page.")
    public record DateItem(
            @Schema(description = "The date-time (midnight UTC when only a day is known).") Instant value,
            @Schema(description = "How sure the extractor is, 0 to 1.") double confidence,
            @Schema(description = "Where the date was read, when it was read from the body. Absent otherwise.") Span span) {
    }
}
