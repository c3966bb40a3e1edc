package dev.lede.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction notice to append to an article; the server dates it. */
@Schema(name = "CorrectionInput", description = "A correction notice to append.")
public record CorrectionInput(
        @Schema(description = "What the notice is: correction (a fact was wrong), clarification (something was unclear) "
                + "or retraction (the story does not stand).") @NotNull CorrectionType type,
        @Schema(description = "The notice as readers see it.", examples = "An earlier version misstated the date of the meeting.")
        @NotBlank @Size(max = 2000) String text) {
}
