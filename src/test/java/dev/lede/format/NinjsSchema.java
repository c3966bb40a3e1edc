package dev.lede.format;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/**
 * IPTC's ninjs 2.2 JSON Schema (draft 2020-12), read from the test resources: its reference to the GeoJSON schema is
 * mapped to the copy beside it, so validating needs no network. Formats (uri, date-time) are asserted, not only
 * annotated.
 */
final class NinjsSchema {
    private static final String DIR = "classpath:schemas/ninjs/";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaIdResolvers(ids -> ids.mappings(Map.of(
                            "https://geojson.org/schema/GeoJSON.json", DIR + "GeoJSON-schema.json",
                            "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json", DIR + "ninjs-schema_2.2.json"))))
            .getSchema(SchemaLocation.of(DIR + "ninjs-schema_2.2.json"));
    private static final ExecutionConfig ASSERT_FORMATS = ExecutionConfig.builder().formatAssertionsEnabled(true).build();

    private NinjsSchema() {
    }

    /** The schema's complaints about a ninjs document, as messages; empty when it is valid. */
    static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON, context -> context.setExecutionConfig(ASSERT_FORMATS))
                .stream().map(Error::toString).toList();
    }
}
