package dev.lede.platform.resource;

import dev.lede.platform.changelog.ResourceType;
import java.util.List;

/**
 * Something that holds references to people, entities or sources (articles, quotes, affiliations, parent
 * entities). Each feature that owns such references implements this, so a delete can count and detach them
 * without the deleted feature depending on every feature that points at it.
 */
public interface Referrer {
    /** The name under which counts are reported, e.g. "articles". */
    String name();

    /** How many of these refer to the resource (0 when this referrer never refers to that type). */
    long count(ResourceType type, String id);

    /** Removes every reference to the resource, recording each changed item in the change log. */
    void detach(ResourceType type, String id);

    /**
     * Makes every reference to the resource {@code fromId} point at {@code toId} instead (a merge folds a duplicate
     * into it), recording each changed item in the change log. An item that refers to both keeps one reference.
     */
    void reassign(ResourceType type, String fromId, String toId);

    /**
     * The referring items a refused delete names one by one, for the problem's details (none by default: articles are
     * found by the resource's own relation views; an API key is found by nothing else).
     */
    default List<?> named(ResourceType type, String id) {
        return List.of();
    }
}
