package dev.lede.person;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page type the OpenAPI document shows for the list of people (the list answers a {@link Page} of views). */
@Schema(name = "PersonPage", description = "A page of people.")
public record PersonPage(List<PersonView> data, Page.Meta meta, Page.Links links) {
}
