package dev.lede.platform.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one index stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchIndexState", description = "Where one search index stands.")
public record IndexStatus(
        @Schema(description = "The index: articles or quotes.", examples = "articles") String index,
        @Schema(description = "Whether the index searches read holds every document; false only while an index that was missing is first built (readiness is down meanwhile).")
        boolean complete,
        @Schema(description = "Whether a rebuild is running.") boolean rebuilding,
        @Schema(description = "How far the running rebuild has gone. Absent when none runs.") Progress progress,
        @Schema(description = "The change-log position (seq) up to which every change is applied.", examples = "1234") long position) {

    /** {@code done} of {@code total} documents written to the replacement. */
    @Schema(name = "SearchIndexProgress", description = "How far a rebuild has gone.")
    public record Progress(@Schema(description = "Documents written to the new index so far.") long done,
                           @Schema(description = "Documents the new index will hold (as counted when it started).") long total) {
    }
}
