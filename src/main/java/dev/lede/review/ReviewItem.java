package dev.lede.review;

import dev.lede.platform.resource.ReviewQueue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item of the review queue as the API serves it: enough to find it and decide (read it at its own URL). */
@Schema(name = "ReviewItem", description = "A person, entity or quote that an ingest created with a low confidence.")
public record ReviewItem(
        @Schema(description = "What it is.", enumeration = {"person", "entity", "quote"}) String type,
        @Schema(description = "Its id.", examples = "0184e0a2-7e3f-7d50-9b22-5c7d4e3f6071") String id,
        @Schema(description = "Its slug, under /v1/people, /v1/entities or /v1/quotes.", examples = "kirby") String slug,
        @Schema(description = "Its name; a quote's text (its first 300 characters).", examples = "Kirby") String name,
        @Schema(description = "When it was created, which orders the queue (newest first).") Instant createdAt,
        @Schema(description = "Its version: the ETag a PATCH with needsReview false sends as If-Match.", examples = "0") long version) {

    private static final int NAME_MAX = 300;

    static ReviewItem of(ReviewQueue.Flagged flagged) {
        String label = flagged.label().length() <= NAME_MAX ? flagged.label() : flagged.label().substring(0, NAME_MAX);
        return new ReviewItem(flagged.type().name(), flagged.id(), flagged.slug(), label, flagged.createdAt(), flagged.version());
    }
}
