package dev.lede.platform.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.openapi.model.BaseModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI documentation kept as data, {@code META-INF/api-docs/<name>.json}, read by the build-time filters that
 * put it in the document ({@link SchemaMembers}, {@link ProblemResponses}, platform/catalog's), and the one thing they
 * all need to write it as SmallRye would have written the annotations: members in SmallRye's order.
 */
public final class DocumentationData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentationData() {
    }

    /** The file read as {@code type} (maps keep the file's order); it must exist. */
    public static <T> T read(String name, TypeReference<T> type) {
        return find(name, type).orElseThrow(() -> new IllegalStateException(path(name) + " is missing"));
    }

    /** The file read as {@code type}, if there is one. */
    public static <T> Optional<T> find(String name, TypeReference<T> type) {
        try (InputStream in = DocumentationData.class.getClassLoader().getResourceAsStream(path(name))) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException(path(name) + " cannot be read", e);
        }
    }

    /** Moves the named members of a model object to its front, in that order (the others keep theirs). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T first(T model, String... names) {
        BaseModel base = (BaseModel) model;
        Map<String, Object> current = base.getAllProperties();
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String name : names) {
            if (current.get(name) != null) {
                ordered.put(name, current.get(name));
            }
        }
        current.forEach(ordered::putIfAbsent);
        base.setAllProperties(ordered);
        return model;
    }

    private static String path(String name) {
        return "META-INF/api-docs/" + name + ".json";
    }
}
