package dev.lede.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores an article's correction notices as one JSON array in a column of its row: read with the article at no
 * extra statement (lists show them too), portable between H2 and PostgreSQL. No notice is a null column.
 */
@Converter
public class CorrectionsJson implements AttributeConverter<List<ArticleCorrection>, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<ArticleCorrection>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<ArticleCorrection> value) {
        try {
            return value == null || value.isEmpty() ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store correction notices", e);
        }
    }

    @Override
    public List<ArticleCorrection> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : List.copyOf(MAPPER.readValue(column, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored correction notices are not JSON", e);
        }
    }
}
