package dev.lede.ingest.extract;

import java.util.List;

/**
 * What the catalog already holds, for linking: people, entities and sources with their aliases. Built by the
 * caller from the database; the extractor never reads the database itself.
 */
public record KnownNames(List<Known> people, List<Known> entities, List<Known> sources) {

    /** One catalog item. {@code kind} is the entity or source kind as in the API ("country", "wire_agency"), null for people. */
    public record Known(String id, String slug, String name, List<String> aliases, String kind) {
    }

    public static KnownNames empty() {
        return new KnownNames(List.of(), List.of(), List.of());
    }
}
