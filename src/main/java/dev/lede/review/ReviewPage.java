package dev.lede.review;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI schema of a page of the review queue (the list envelope, typed). */
@Schema(name = "ReviewPage", description = "A page of the review queue, newest first.")
public record ReviewPage(List<ReviewItem> data, Page.Meta meta, Page.Links links) {
}
