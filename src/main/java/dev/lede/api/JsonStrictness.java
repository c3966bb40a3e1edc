package dev.lede.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Bodies are read strictly. Typed: Jackson's default scalar coercions would store {@code "name": 42} as "42" and
 * {@code "kind": 1} as the second constant of the enum. Both are client bugs that deserve a 400 naming the field.
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // ... and the other way round: "7" where a number is expected, or "x" where a list is expected.
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT); // "mentions": 2.9 is not 2
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // {"name": "A", "name": "B"} is ambiguous (parsers disagree on which wins): a 400 naming the key.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // No NUL or unpaired surrogate in any string, and every string in NFC (see Text).
        mapper.registerModule(new SimpleModule("lede-strict-text").addDeserializer(String.class, new StrictTextDeserializer()));
    }
}
