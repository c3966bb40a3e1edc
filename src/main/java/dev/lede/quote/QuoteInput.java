package dev.lede.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.article.Quote;
import dev.lede.platform.text.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The write model of a quote. */
@Schema(name = "QuoteInput", description = "A quote to create or replace.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteInput(
        @Schema(description = "URL slug. Made from the first words when absent; a PUT without slug keeps the current one.")
        @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) @Size(max = 120) String slug,
        @Schema(description = "The words quoted, verbatim, without the quotation marks.") @NotBlank @Size(max = 10_000) String text,
        @Schema(description = "The article it appears in: id or slug.") @NotBlank @Size(max = 200) String article,
        @Schema(description = "Who says it. Omit when the text does not attribute it.") @Valid SpeakerInput speaker,
        @Schema(description = "A scare quote rather than a statement; when absent, true for one to three words.") Boolean fragment,
        @Schema(description = "Character offset in the article body; found in the body when absent.") @Min(0) Integer offset,
        @Schema(description = "Waiting in the review queue (GET /v1/review): an ingest stored it unsure of its speaker. Send false to clear it; absent is false.")
        Boolean needsReview) {

    @Schema(name = "SpeakerInput", description = "The speaker of a quote.")
    public record SpeakerInput(
            @Schema(description = "Whether the speaker is a person or an entity.", enumeration = {"person", "entity"})
            @NotNull @Pattern(regexp = "person|entity", message = "must be person or entity") String type,
            @Schema(description = "Id or slug of the person or entity.", examples = "john-kirby") @NotBlank @Size(max = 200) String id) {
    }

    static QuoteInput of(Quote quote) {
        SpeakerInput speaker = quote.speakerPerson != null ? new SpeakerInput("person", quote.speakerPerson.id)
                : quote.speakerEntity != null ? new SpeakerInput("entity", quote.speakerEntity.id) : null;
        return new QuoteInput(quote.slug, quote.text, quote.article.id, speaker, quote.fragment, quote.offset,
                quote.needsReview ? Boolean.TRUE : null);
    }
}
