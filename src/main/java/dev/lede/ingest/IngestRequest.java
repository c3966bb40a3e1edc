package dev.lede.ingest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page sent as JSON: its text or HTML, plus hints that win over what is extracted. */
@Schema(name = "IngestRequest", description = "A page to ingest: exactly one of text or html, and optional hints.")
public record IngestRequest(
        @Schema(description = "The page text as scraped.") @Size(max = 1_000_000) String text,
        @Schema(description = "The whole HTML page.") @Size(max = 1_000_000) String html,
        @Schema(description = "Where the page was found; also recognises a page ingested before.", examples = "https://jovempan.com.br/noticias/mundo/eua")
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an absolute http or https URL") String url,
        @Schema(description = "The publisher's name, when known better than the page says.", examples = "Jovem Pan") @Size(max = 300) String source,
        @Schema(description = "The publication date, when known better than the page says.") Instant publishedAt,
        @Schema(description = "The language of the page (BCP 47).", examples = "en")
        @Pattern(regexp = dev.lede.platform.text.Patterns.LANGUAGE, message = dev.lede.platform.text.Patterns.LANGUAGE_MESSAGE) String language) {
}
