package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads the documentation kept as data, {@code META-INF/catalog-api/<name>.json}, when the document is built. */
final class DocumentationData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentationData() {
    }

    /** The file read as {@code type}; it must exist. */
    static <T> T read(String name, TypeReference<T> type) {
        return find(name, type).orElseThrow(() -> new IllegalStateException(path(name) + " is missing"));
    }

    /** The file read as {@code type}, if there is one. */
    static <T> Optional<T> find(String name, TypeReference<T> type) {
        try (InputStream in = DocumentationData.class.getClassLoader().getResourceAsStream(path(name))) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException(path(name) + " cannot be read", e);
        }
    }

    private static String path(String name) {
        return "META-INF/catalog-api/" + name + ".json";
    }
}
