package dev.lede.platform.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a merge: the duplicate to fold into the resource of the URL, which survives. */
@Schema(name = "MergeInput", description = "The duplicate to fold into the resource of the URL, which survives.")
public record MergeInput(
        @Schema(description = "Id, slug or old slug of the duplicate. It is deleted; its slugs redirect to the survivor.",
                examples = "jon-kirby") @NotBlank @Size(max = 200) String duplicate) {
}
