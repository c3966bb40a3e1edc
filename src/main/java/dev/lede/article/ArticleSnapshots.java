package dev.lede.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON of {@link ArticleSnapshot}s and what differs between two of them. Its own mapper: a snapshot is the
 * server's own data, not a client's body, so the API's strict reading rules (and its token limit) do not apply.
 */
final class ArticleSnapshots {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ArticleSnapshots() {
    }

    static String write(ArticleSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an article snapshot", e);
        }
    }

    static ArticleSnapshot read(String json) {
        try {
            return JSON.readValue(json, ArticleSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article snapshot is not readable", e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article snapshot is not JSON", e);
        }
    }

    /**
     * The top-level members whose value differs between two snapshots (present in one only counts), in the order
     * the snapshot lists them, leaving out {@code ignored}. Against no previous snapshot: every member present.
     */
    static List<String> changed(JsonNode before, JsonNode after, List<String> ignored) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        if (before != null) {
            before.fieldNames().forEachRemaining(names::add);
        }
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!ignored.contains(name) && (before == null || !Objects.equals(before.get(name), after.get(name)))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
