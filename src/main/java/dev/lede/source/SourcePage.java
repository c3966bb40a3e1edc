package dev.lede.source;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page type the OpenAPI document shows for the list of sources (the list answers a {@link Page} of views). */
@Schema(name = "SourcePage", description = "A page of sources.")
public record SourcePage(List<SourceView> data, Page.Meta meta, Page.Links links) {
}
