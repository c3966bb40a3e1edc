package dev.lede.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an article is killed or taken down; shown to readers and partners in the 410 or 451 notice. */
@Schema(name = "RemovalInput", description = "The kill or takedown notice.")
public record RemovalInput(
        @Schema(description = "Why the article is removed, shown in its 410 (killed) or 451 (taken down) notice.",
                examples = "Court order of 9 December 2022")
        @NotBlank @Size(max = 2000) String reason) {
}
