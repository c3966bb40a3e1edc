package dev.lede.changes;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page type the OpenAPI document shows for the change feed (it answers a {@link Page} of events). */
@Schema(name = "ChangePage", description = "A page of change events in commit order. meta.nextCursor is always "
        + "present: keep it and pass it as since to read what follows, even when data is empty.")
public record ChangePage(List<ChangeEventView> data, Page.Meta meta, Page.Links links) {
}
