package dev.lede.platform.web;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes schema members from {@code META-INF/api-docs/properties.json} (schema name, then member name, then its
 * description, or an object with its description and examples), so that records whose members are written alike (the
 * members every catalog record has, the ingest result's people, entities and sources, the read models) declare them
 * bare instead of repeating one annotation block each. It runs when the application is built.
 *
 * <p>Each member is written as SmallRye writes an annotated one: the description and examples after the type, format
 * and items, and before what validation constraints add (pattern, maxLength); a reference to another schema gets its
 * description and that schema's type ahead of the {@code $ref}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SchemaMembers implements OASFilter {
    private static final String REFS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        members().forEach((schemaName, members) -> members.forEach((name, described) -> {
            Schema schema = schemas.get(schemaName);
            Schema member = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(name);
            if (member == null) { // a record renamed or a member removed: say so, rather than document nothing
                throw new IllegalStateException("properties.json documents " + schemaName + "." + name + ", which the API lacks");
            }
            describe(member, described, schemas);
        }));
    }

    private static void describe(Schema member, Described described, Map<String, Schema> schemas) {
        if (described.example() != null) { // a parameter's form: it would be dropped without a word
            throw new IllegalStateException("properties.json: a schema member has examples (a list), not example");
        }
        member.description(described.description());
        if (member.getRef() != null) {
            Schema target = schemas.get(member.getRef().substring(REFS.length()));
            DocumentationData.first(member.type(target.getType()), "description", "type", "$ref");
            return;
        }
        if (described.examples() != null) {
            member.examples(described.examples());
        }
        DocumentationData.first(member, "type", "format", "items", "description", "examples");
    }

    private static Map<String, Map<String, Described>> members() {
        return DocumentationData.read("properties", new TypeReference<>() { });
    }
}
