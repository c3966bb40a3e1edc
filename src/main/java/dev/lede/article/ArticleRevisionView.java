package dev.lede.article;

import dev.lede.platform.changelog.ChangeOp;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision in an article's history; its members are documented in META-INF/api-docs/properties.json. */
@Schema(name = "ArticleRevision", description = "A change of an article: when, by whom, what it did and which fields it changed.")
public record ArticleRevisionView(int number, long version, Instant at, String by, ChangeOp op, List<String> changedFields) {
}
