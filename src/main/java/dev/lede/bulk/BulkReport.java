package dev.lede.bulk;

import dev.lede.platform.failure.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk load did: lines stored, lines refused, and why each refused line was refused. */
@Schema(name = "BulkReport", description = "The outcome of a bulk load, sent when the whole body has been processed.")
public record BulkReport(
        @Schema(description = "Lines stored.") long accepted,
        @Schema(description = "Lines refused (nothing of them was stored).") long rejected,
        @Schema(description = "The refused lines, in order, each with its errors (at most lede.bulk.max-errors are listed).")
        List<LineErrors> errors,
        @Schema(description = "True when more lines were refused than are listed.") boolean truncated) {

    @Schema(name = "BulkLineErrors", description = "Why one line was refused.")
    public record LineErrors(
            @Schema(description = "Line number in the body, from 1.") long line,
            @Schema(description = "Each offending field, named as the API names it (relative to data; type, data, publish and line for the envelope).")
            List<FieldError> errors) {
    }
}
