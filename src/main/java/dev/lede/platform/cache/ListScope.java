package dev.lede.platform.cache;

import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The set of lists a page belongs to, for the response cache: all lists of its type, and either the lists that are
 * not narrowed or those narrowed to each related resource it is filtered by (the articles naming a person). A page
 * narrowed to several resources depends on each of them: any write that can move an item in or out names one.
 *
 * @param type       what the list lists
 * @param narrowedTo the ids of the resources the list is filtered by, whose writes name them in
 *                   {@link ListMarkers#narrowedTo} (empty when it is not filtered)
 * @param filteredBy ids the list is filtered by that writes do not name that way: the page depends on them only
 *                   (a rename or a delete of the speaker of a quote list), and on all lists of its type
 */
public record ListScope(ResourceType type, Set<String> narrowedTo, Set<String> filteredBy) {

    public static ListScope of(ResourceType type) {
        return new ListScope(type, Set.of(), Set.of());
    }

    public static ListScope narrowedTo(ResourceType type, Collection<String> relatedIds) {
        return new ListScope(type, Set.copyOf(relatedIds), Set.of());
    }

    public static ListScope filteredBy(ResourceType type, Collection<String> ids) {
        return new ListScope(type, Set.of(), Set.copyOf(ids));
    }

    /** The markers whose versions a stored page records; the ids it is narrowed to too (a deleted filter is a 400). */
    Set<String> markers() {
        Set<String> markers = new LinkedHashSet<>();
        markers.add(ListMarkers.every(type));
        if (narrowedTo.isEmpty()) {
            markers.add(ListMarkers.unnarrowed(type));
        }
        for (String id : narrowedTo) {
            markers.add(ListMarkers.narrowedTo(type, id));
            markers.add(id);
        }
        markers.addAll(filteredBy);
        return markers;
    }
}
