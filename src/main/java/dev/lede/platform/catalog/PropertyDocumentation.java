package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the members of schemas whose records are written without a {@code @Schema} a component (records of one
 * shape that differ in meaning, such as the people, entities and sources an ingest found), from
 * {@code META-INF/catalog-api/properties.json}: schema name, then member name, then its description.
 * {@link CatalogDocumentation} runs it.
 *
 * <p>It writes each member as SmallRye writes an annotated one: the description after the type, except on a reference
 * to another schema, where the description comes first, then that schema's type, then the reference.
 */
final class PropertyDocumentation {
    private PropertyDocumentation() {
    }

    static void document(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        described().forEach((name, members) -> {
            Map<String, Schema> properties = schemas.get(name).getProperties();
            members.forEach((member, description) -> describe(properties.get(member), description, schemas));
        });
    }

    private static void describe(Schema member, String description, Map<String, Schema> schemas) {
        member.description(description);
        if (member.getRef() != null) {
            Schema target = schemas.get(member.getRef().substring(member.getRef().lastIndexOf('/') + 1));
            CatalogDocumentation.first(member.type(target.getType()), "description", "type");
        }
    }

    private static Map<String, Map<String, String>> described() {
        return DocumentationData.read("properties", new TypeReference<>() { });
    }
}
