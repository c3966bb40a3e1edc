package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.text.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The write model of an article. Server-owned members (id, status, firstPublishedAt, wordCount, timestamps,
 * version) are absent: status changes through publish and withdraw. People and entities are referenced by id
 * or slug; their mention counts and first offsets are computed from the body when not given.
 */
@Schema(name = "ArticleInput", description = "An article to create or replace.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleInput(
        @Schema(description = "URL slug. Generated from the headline when absent; a PUT without slug keeps the current one.")
        @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) @Size(max = 120) String slug,
        @Schema(description = "Headline.") @NotBlank @Size(max = 500) String headline,
        @Schema(description = "Standfirst (dek).") @Size(max = 2000) String standfirst,
        @Schema(description = "Body paragraphs in order.") @Size(max = 2000) List<@NotNull @Size(max = 100_000) String> body,
        @Schema(description = "Language of the text (BCP 47).", examples = "en")
        @NotBlank @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String language,
        @Schema(description = "Language the text was translated from (BCP 47).", examples = "pt-BR")
        @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String translatedFrom,
        @Schema(description = "Section.", examples = "world") @Size(max = 100) String section,
        @Schema(description = "Tags.") @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @Schema(description = "Publication date shown to readers; set to the time of publishing when absent.") Instant publishedAt,
        @Schema(description = "Canonical URL.") @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) @Size(max = 2000) String canonicalUrl,
        @Schema(description = "URL the article was taken from.") @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) @Size(max = 2000) String originalUrl,
        @Schema(description = "Lead image.") @Valid ImageInput image,
        @Schema(description = "Publisher: a source id or slug.", examples = "jovem-pan") @Size(max = 200) String publisher,
        @Schema(description = "Credited sources.") @Size(max = 20) List<@NotNull @Valid CreditInput> credits,
        @Schema(description = "Byline.") @Size(max = 20) List<@NotNull @Valid BylineInput> bylines,
        @Schema(description = "People named in the article.") @Size(max = 200) List<@NotNull @Valid PersonMentionInput> people,
        @Schema(description = "Entities named in the article.") @Size(max = 200) List<@NotNull @Valid EntityMentionInput> entities,
        @Schema(description = "Embargo: publishing the article before this RFC 3339 instant leaves it embargoed (absent from every "
                + "public read) until then, when it goes out by itself. Not before publishAt. Absent: no embargo.")
        Instant embargoUntil,
        @Schema(description = "A draft is published by itself at this RFC 3339 instant (within a second; at once when it is past). "
                + "Absent: only POST publish publishes it.")
        Instant publishAt) {

    @Schema(name = "ImageInput", description = "A lead image.")
    public record ImageInput(
            @Schema(description = "Image URL.") @NotBlank @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) @Size(max = 2000) String url,
            @Schema(description = "Caption.") @Size(max = 2000) String caption,
            @Schema(description = "Credit line.") @Size(max = 300) String credit) {
    }

    @Schema(name = "CreditInput", description = "A credited source.")
    public record CreditInput(
            @Schema(description = "Source id or slug.", examples = "afp") @NotBlank @Size(max = 200) String source,
            @Schema(description = "Why it is credited.") @NotNull CreditRole role) {
    }

    @Schema(name = "BylineInput", description = "A person in the byline.")
    public record BylineInput(
            @Schema(description = "Person id or slug.", examples = "jane-doe") @NotBlank @Size(max = 200) String person,
            @Schema(description = "What they did.") @NotNull BylineRole role) {
    }

    @Schema(name = "PersonMentionInput", description = "A person named in the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonMentionInput(
            @Schema(description = "Person id or slug.", examples = "john-kirby") @NotBlank @Size(max = 200) String person,
            @Schema(description = "The role the article gives them.") @Size(max = 300) String role,
            @Schema(description = "How many times they are named; computed from the body when absent.") @Min(0) Integer mentions,
            @Schema(description = "Offset of the first mention in the body; computed when absent.") @Min(0) Integer firstOffset) {
    }

    @Schema(name = "EntityMentionInput", description = "An entity named in the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityMentionInput(
            @Schema(description = "Entity id or slug.", examples = "russia") @NotBlank @Size(max = 200) String entity,
            @Schema(description = "How many times it is named; computed from the body when absent.") @Min(0) Integer mentions,
            @Schema(description = "Offset of the first mention in the body; computed when absent.") @Min(0) Integer firstOffset) {
    }
}
