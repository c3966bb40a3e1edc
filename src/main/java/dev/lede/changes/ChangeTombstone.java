package dev.lede.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.failure.Failure;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What include=resource embeds for a resource a single GET no longer shows: deleted, or a notice such as a withdrawal. */
@Schema(name = "ChangeTombstone", description = "In place of a resource that a single GET no longer returns.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeTombstone(
        @Schema(description = "True when the resource no longer exists (or is no longer visible to this caller).",
                examples = "true") Boolean deleted,
        @Schema(description = "Why it is unavailable when it still exists: the problem code a GET of it answers "
                + "(withdrawn).", examples = "withdrawn") String unavailable,
        @Schema(description = "The notice, as the problem a GET of it answers says it.",
                examples = "This article was withdrawn: legal request") String detail,
        @Schema(description = "The notice's details (for a withdrawal: id, withdrawnAt, reason).") Map<String, Object> notice) {

    static ChangeTombstone of(Failure failure) {
        return failure.kind() == Failure.Kind.NOT_FOUND ? new ChangeTombstone(true, null, null, null)
                : new ChangeTombstone(null, failure.code(), failure.detail(), failure.details());
    }
}
