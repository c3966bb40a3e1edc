package dev.lede.platform.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every list: the items, paging metadata, and links to this page and the next. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> data, Meta meta, Links links) {

    @Schema(name = "PageMeta", description = "Paging metadata.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(
            @Schema(description = "The page size that was applied.", examples = "20") int limit,
            @Schema(description = "Opaque cursor of the next page. Absent on the last page.",
                    examples = "eyJzIjoiLXB1Ymxpc2hlZEF0In0") String nextCursor,
            @Schema(description = "How many items match the filters across all pages. Present only with includeTotal=true.",
                    examples = "1") Long total) {
    }

    @Schema(name = "PageLinks", description = "Links for navigation; the next link is also sent as a Link header.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(
            @Schema(description = "This page.", examples = "/v1/articles?limit=20") String self,
            @Schema(description = "The next page. Absent on the last page.",
                    examples = "/v1/articles?limit=20&cursor=eyJzIjoiLXB1Ymxpc2hlZEF0In0") String next) {
    }
}
