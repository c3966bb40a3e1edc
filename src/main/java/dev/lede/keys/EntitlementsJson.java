package dev.lede.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.platform.security.Entitlements;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A key's entitlements as one JSON object in its row ({"sources": [...], "sections": [...], "tags": [...]}). */
@Converter
public class EntitlementsJson implements AttributeConverter<Entitlements, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(Entitlements value) {
        try {
            return value == null || value.unrestricted() ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store entitlements", e);
        }
    }

    @Override
    public Entitlements convertToEntityAttribute(String column) {
        try {
            return column == null ? null : MAPPER.readValue(column, Entitlements.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entitlements are not JSON", e);
        }
    }
}
