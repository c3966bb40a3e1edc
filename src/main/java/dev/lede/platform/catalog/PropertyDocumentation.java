package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the members of schemas whose records carry no {@code @Schema} on their components (read models whose
 * members are written alike, and differ in what they mean rather than in how they are written), from
 * {@code META-INF/catalog-api/properties.json}: schema name, then member name, then its description (or an object with
 * its description and examples). {@link CatalogDocumentation} runs it.
 *
 * <p>It writes each member as SmallRye writes an annotated one: the description and examples after the type, except
 * on a reference to another schema, where the description comes first, then that schema's type, then the reference.
 */
final class PropertyDocumentation {
    private PropertyDocumentation() {
    }

    static void document(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        described().forEach((name, members) -> {
            Map<String, Schema> properties = schemas.get(name).getProperties();
            members.forEach((member, described) -> describe(properties.get(member), described, schemas));
        });
    }

    private static void describe(Schema member, Described described, Map<String, Schema> schemas) {
        member.description(described.description());
        if (described.examples() != null) {
            member.examples(described.examples());
        }
        if (member.getRef() != null) {
            Schema target = schemas.get(member.getRef().substring(member.getRef().lastIndexOf('/') + 1));
            CatalogDocumentation.first(member.type(target.getType()), "description", "type");
        }
    }

    private static Map<String, Map<String, Described>> described() {
        return DocumentationData.read("properties", new TypeReference<>() { });
    }
}
