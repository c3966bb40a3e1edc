package dev.lede.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
    /** Last, after Quarkus has registered its modules: the strict Instant reader must replace JavaTimeModule's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

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
        // {"name": "A"} x: what follows the value is not ignored.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // A document of more values than any write model holds: refused before it is bound, so that a list of
        // 100,000 items cannot build 100,000 validation messages (it exhausted the heap).
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxTokenCount(MAX_TOKENS).build());
        // No NUL or unpaired surrogate in any string, every string in NFC (see Text); date-times as RFC 3339 only.
        mapper.registerModule(new SimpleModule("lede-strict-text")
                .addDeserializer(String.class, new StrictTextDeserializer())
                .addDeserializer(java.time.Instant.class, new StrictInstantDeserializer()));
    }

    /**
     * The most JSON tokens one body (or bulk line) may hold: the largest article the write model allows has about
     * 6,000, an exported line with its meta about 8,000.
     */
    public static final long MAX_TOKENS = 20_000;
}
