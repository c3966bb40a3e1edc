package dev.lede.discovery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person or entity named in the same published articles as the one asked about. */
@Schema(name = "Related", description = "A person or entity named in the same published articles.")
public record Related(
        @Schema(description = "What it is.", enumeration = {"person", "entity"}, examples = "entity") String type,
        @Schema(description = "Its id.", examples = "01938f7e-6a2b-7c3d-8e4f-5a6b7c8d9e0f") String id,
        @Schema(description = "Its slug.", examples = "russia") String slug,
        @Schema(description = "Its name.", examples = "Russia") String name,
        @Schema(description = "In how many published articles (in the date window, if any) both are named.", examples = "3") long coMentions,
        @Schema(description = "The Jaccard index of the two sets of articles: co-mentions divided by the articles naming either, from 0 to 1.",
                examples = "0.4286") double score) {
}
