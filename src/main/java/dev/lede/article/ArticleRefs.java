package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.entity.EntityKind;
import dev.lede.source.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The compact references an article embeds: enough to render a link, never the whole linked resource. */
public final class ArticleRefs {
    private ArticleRefs() {
    }

    @Schema(name = "ArticleCredit", description = "A source credited on the article, with why.")
    public record CreditRef(
            @Schema(description = "Source id.") String id,
            @Schema(description = "Source slug.", examples = "afp") String slug,
            @Schema(description = "Source name.", examples = "AFP") String name,
            @Schema(description = "What kind of source it is.") SourceKind kind,
            @Schema(description = "Why it is credited.") CreditRole role) {
    }

    @Schema(name = "ArticleByline", description = "A person in the byline, with what they did.")
    public record BylineRef(
            @Schema(description = "Person id.") String id,
            @Schema(description = "Person slug.", examples = "jane-doe") String slug,
            @Schema(description = "Person name.", examples = "Jane Doe") String name,
            @Schema(description = "What they did.") BylineRole role) {
    }

    @Schema(name = "ArticlePerson", description = "A person named in the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonMentionRef(
            @Schema(description = "Person id.") String id,
            @Schema(description = "Person slug.", examples = "john-kirby") String slug,
            @Schema(description = "Person name.", examples = "John Kirby") String name,
            @Schema(description = "The role the article gives them. Absent when the text states none.",
                    examples = "White House National Security Spokesperson") String role,
            @Schema(description = "How many times the article names them (by name or alias).", examples = "5") int mentions,
            @Schema(description = "Character offset of the first mention in the body (paragraphs joined by a blank line). Absent when named only outside the body.",
                    examples = "1180") Integer firstOffset) {
    }

    @Schema(name = "ArticleEntity", description = "An entity named in the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityMentionRef(
            @Schema(description = "Entity id.") String id,
            @Schema(description = "Entity slug.", examples = "russia") String slug,
            @Schema(description = "Entity name.", examples = "Russia") String name,
            @Schema(description = "What kind of entity it is.") EntityKind kind,
            @Schema(description = "How many times the article names it (by name, alias or metonym).", examples = "9") int mentions,
            @Schema(description = "Character offset of the first mention in the body. Absent when named only outside the body.",
                    examples = "27") Integer firstOffset) {
    }

    @Schema(name = "Speaker", description = "Who says a quote: a person, or an entity when an institution speaks.")
    public record SpeakerRef(
            @Schema(description = "Whether the speaker is a person or an entity.", enumeration = {"person", "entity"}) String type,
            @Schema(description = "Id of the person or entity.") String id,
            @Schema(description = "Slug of the person or entity.", examples = "john-kirby") String slug,
            @Schema(description = "Name of the person or entity.", examples = "John Kirby") String name) {

        public static SpeakerRef of(Quote quote) {
            if (quote.speakerPerson != null) {
                return new SpeakerRef("person", quote.speakerPerson.id, quote.speakerPerson.slug, quote.speakerPerson.name);
            }
            if (quote.speakerEntity != null) {
                return new SpeakerRef("entity", quote.speakerEntity.id, quote.speakerEntity.slug, quote.speakerEntity.name);
            }
            return null;
        }
    }

    @Schema(name = "ArticleQuote", description = "A quote in the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteRef(
            @Schema(description = "Quote id.") String id,
            @Schema(description = "The words quoted, verbatim.") String text,
            @Schema(description = "Who says it. Absent when the text does not attribute it.") SpeakerRef speaker,
            @Schema(description = "True for a short scare quote (one to three words) rather than a statement.") boolean fragment,
            @Schema(description = "Character offset in the body. Absent when unknown.") Integer offset) {

        public static QuoteRef of(Quote quote) {
            return new QuoteRef(quote.id, quote.text, SpeakerRef.of(quote), quote.fragment, quote.offset);
        }
    }

    @Schema(name = "LeadImage", description = "The article's lead image.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Image(
            @Schema(description = "Image URL.", examples = "https://cdn.example/kirby.jpg") String url,
            @Schema(description = "Caption. Absent when none.") String caption,
            @Schema(description = "Credit line. Absent when none.", examples = "AFP") String credit) {

        static Image of(LeadImage image) {
            return image == null || image.url == null ? null : new Image(image.url, image.caption, image.credit);
        }
    }
}
