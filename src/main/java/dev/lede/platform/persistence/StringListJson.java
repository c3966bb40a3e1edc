package dev.lede.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores an ordered list of strings (an article's body paragraphs) as a JSON array in one text column:
 * portable between H2 and PostgreSQL, read in one piece, and paragraph boundaries survive any content.
 */
@Converter
public class StringListJson implements AttributeConverter<List<String>, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> value) {
        try {
            return MAPPER.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a list of strings", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : MAPPER.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON", e);
        }
    }
}
