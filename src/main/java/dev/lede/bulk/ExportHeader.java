package dev.lede.bulk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The first line of an export ({@code {"type": "export", "data": {...}}}): which format it is and the point of the
 * change log it was taken at. A bulk load accepts it and stores nothing for it.
 */
@Schema(name = "ExportHeader", description = "The first line of an export: its format and the change-log position it is consistent at.")
public record ExportHeader(
        @Schema(description = "The export format.", examples = FORMAT) @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT) String format,
        @Schema(description = "The seq of the last change-log event the export includes: every write up to it, none after.")
        @NotNull @Min(0) Long seq,
        @Schema(description = "When the export was taken.") Instant exportedAt) {

    public static final String FORMAT = "lede-export/1";
}
