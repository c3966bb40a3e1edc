package dev.lede.entity;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Examples of the OpenAPI document for entity operations, and the concrete page type it documents. */
public final class EntityExamples {
    private EntityExamples() {
    }

    public static final String ENTITY = """
            {"id": "0184e0a2-6d2e-7c4f-8a11-4b6c3d2e5f60", "slug": "russia", "name": "Russia", "kind": "country",
             "aliases": ["Russian Federation", "Moscow", "Kremlin"], "countryCode": "RU",
             "sameAs": ["http://www.wikidata.org/entity/Q159"],
             "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String ENTITY_INPUT = """
            {"name": "Ministry of Defence of the Russian Federation", "kind": "government_body",
             "aliases": ["Russian Defence Ministry"], "parent": "russia", "countryCode": "RU",
             "sameAs": ["http://www.wikidata.org/entity/Q1969431"]}""";

    @Schema(name = "EntityPage", description = "A page of entities.")
    public record EntityPage(List<EntityView> data, Page.Meta meta, Page.Links links) {
    }
}
