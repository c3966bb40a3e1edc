package dev.lede.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dated correction notice on an article, as stored (in the article's JSON column, {@link CorrectionsJson}) and as
 * served in its {@code corrections[]}: a value, not an entity. Its members are documented in
 * META-INF/api-docs/properties.json.
 */
@Schema(name = "ArticleCorrection", description = "A correction notice appended to a published article.")
public record ArticleCorrection(CorrectionType type, String text, Instant at) {
}
