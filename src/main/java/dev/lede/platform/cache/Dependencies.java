package dev.lede.platform.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** What a response depends on: every {@code "id"} its JSON names, and the markers of the lists it belongs to. */
final class Dependencies {
    private Dependencies() {
    }

    static Set<String> of(JsonNode json, ListScope list) {
        Set<String> ids = new HashSet<>();
        collectIds(json, ids);
        if (list != null) {
            ids.addAll(list.markers());
        }
        return ids;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) {
                ids.add(id.textValue());
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectIds(child, ids));
        }
    }
}
