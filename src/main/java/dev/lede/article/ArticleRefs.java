package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.entity.EntityKind;
import dev.lede.source.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The compact references an article embeds: enough to render a link, never the whole linked resource. What the
 * OpenAPI document says of each member is in META-INF/api-docs/properties.json (by schema name), as for every
 * read model whose members are written alike.
 */
public final class ArticleRefs {
    private ArticleRefs() {
    }

    @Schema(name = "ArticleCredit", description = "A source credited on the article, with why.")
    public record CreditRef(String id, String slug, String name, SourceKind kind, CreditRole role) {
    }

    @Schema(name = "ArticleByline", description = "A person in the byline, with what they did.")
    public record BylineRef(String id, String slug, String name, BylineRole role) {
    }

    @Schema(name = "ArticlePerson", description = "A person named in the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonMentionRef(String id, String slug, String name, String role, int mentions, Integer firstOffset) {
    }

    @Schema(name = "ArticleEntity", description = "An entity named in the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityMentionRef(String id, String slug, String name, EntityKind kind, int mentions,
                                   Integer firstOffset) {
    }

    @Schema(name = "Speaker", description = "Who says a quote: a person, or an entity when an institution speaks.")
    public record SpeakerRef(
            @Schema(description = "Whether the speaker is a person or an entity.", enumeration = {"person", "entity"}) String type,
            String id, String slug, String name) {

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
    public record QuoteRef(String id, String text, SpeakerRef speaker, boolean fragment, Integer offset) {

        public static QuoteRef of(Quote quote) {
            return new QuoteRef(quote.id, quote.text, SpeakerRef.of(quote), quote.fragment, quote.offset);
        }
    }

    @Schema(name = "LeadImage", description = "The article's lead image.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Image(String url, String caption, String credit) {

        static Image of(LeadImage image) {
            return image == null || image.url == null ? null : new Image(image.url, image.caption, image.credit);
        }
    }
}
