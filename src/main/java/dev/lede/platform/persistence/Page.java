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
                    examples = "1") Long total,
            @Schema(description = "With q and facets: per facet, its most frequent values over the whole result (not the page).")
            java.util.Map<String, List<FacetValue>> facets,
            @Schema(description = "With q and highlight=true: per article id, up to three snippets of its text with the matches "
                    + "wrapped in <mark> and everything else HTML-escaped.")
            java.util.Map<String, List<String>> highlights) {

        public Meta(int limit, String nextCursor, Long total) {
            this(limit, nextCursor, total, null, null);
        }
    }

    @Schema(name = "FacetValue", description = "A value of a facet and how many results hold it. People, entities and "
            + "sources come with their id, slug and name; sections, languages and months (YYYY-MM) with their name only.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacetValue(@Schema(examples = "ent_3f9a") String id, @Schema(examples = "iran") String slug,
                             @Schema(examples = "Iran") String name, @Schema(examples = "12") long count) {
    }

    @Schema(name = "PageLinks", description = "Links for navigation; the next link is also sent as a Link header.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(
            @Schema(description = "This page.", examples = "/v1/articles?limit=20") String self,
            @Schema(description = "The next page. Absent on the last page.",
                    examples = "/v1/articles?limit=20&cursor=eyJzIjoiLXB1Ymxpc2hlZEF0In0") String next) {
    }
}
