package dev.lede.bulk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The last line of an export ({@code {"type": "end", "data": {...}}}): an export that lacks it was cut short (the
 * connection or the server failed while it streamed, after the 200 was sent). A bulk load accepts it and stores nothing.
 */
@Schema(name = "ExportEnd", description = "The last line of an export: a file without it is incomplete.")
public record ExportEnd(
        @Schema(description = "The change-log position of the export, as in its first line.") @NotNull @Min(0) Long seq,
        @Schema(description = "How many lines come before this one, the first line included.") @NotNull @Min(1) Long lines) {
}
