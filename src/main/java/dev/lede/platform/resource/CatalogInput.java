package dev.lede.platform.resource;

/** What every catalog write model (person, entity, source) has: the slug a client asks for, and the name. */
public interface CatalogInput {
    /** The slug asked for; null keeps the current one (or derives one from the name on create). */
    String slug();

    String name();
}
