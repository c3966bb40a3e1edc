package dev.lede.discovery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One typeahead suggestion. */
@Schema(name = "Suggestion", description = "A person, entity, source or published article whose name (or alias, or headline) starts with the typed text, or has a word that does.")
public record Suggestion(
        @Schema(description = "What it is: person, entity, source or article.", examples = "person") SuggestType type,
        @Schema(description = "Its id.", examples = "01938f7e-6a2b-7c3d-8e4f-5a6b7c8d9e0f") String id,
        @Schema(description = "Its slug, for links.", examples = "john-kirby") String slug,
        @Schema(description = "Its name (an article's headline).", examples = "John Kirby") String name,
        @Schema(description = "The name or alias that matched the typed text.", examples = "John Kirby") String matched,
        @Schema(description = "How many published articles name it (people, entities) or were published by it (sources); 0 for articles.",
                examples = "12") long mentions) {

    /** The envelope: suggestions, best first. */
    @Schema(name = "SuggestionList")
    public record List(java.util.List<Suggestion> data) {
    }
}
