package dev.lede.platform.changelog;

/** The kinds of resource that Lede stores; also the {@code type} of a change event and of a slug redirect. */
public enum ResourceType {
    article, person, entity, source, quote
}
