package dev.lede.platform.resource;

import java.util.List;

/**
 * A catalog resource as linking names to it needs it: what ingestion's gazetteer is built from.
 *
 * @param kind the entity's or source's kind, null for people
 */
public record CatalogName(String id, String slug, String name, List<String> aliases, String kind) {
}
