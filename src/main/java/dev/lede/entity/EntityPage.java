package dev.lede.entity;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page type the OpenAPI document shows for the list of entities (the list answers a {@link Page} of views). */
@Schema(name = "EntityPage", description = "A page of entities.")
public record EntityPage(List<EntityView> data, Page.Meta meta, Page.Links links) {
}
