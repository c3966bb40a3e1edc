package dev.lede.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an article is withdrawn; shown to readers and partners in the 410 notice. */
@Schema(name = "WithdrawalInput", description = "The withdrawal notice.")
public record WithdrawalInput(
        @Schema(description = "Why the article is withdrawn, shown in its 410 Gone notice.", examples = "Legal request")
        @NotBlank @Size(max = 2000) String reason) {
}
