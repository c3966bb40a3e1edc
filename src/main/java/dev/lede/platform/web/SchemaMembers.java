package dev.lede.platform.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.model.BaseModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the members that the catalogs' read models, references and write models have in common (id, slug, name,
 * kind, timestamps, version) from {@code META-INF/schema-members.json}, so that the records declare those members
 * bare instead of repeating one annotation per member in each of them. It runs when the application is built, on the
 * document SmallRye made from the annotations.
 *
 * <p>The members are written as an annotation would have written them: description and example after the type, and
 * before what the validation constraints add (pattern, maxLength); a reference to another schema (an enum, Instant)
 * gets its description and that schema's type ahead of the {@code $ref}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SchemaMembers implements OASFilter {
    static final String RESOURCE = "META-INF/schema-members.json";
    private static final String REFS = "#/components/schemas/";
    /** What SmallRye writes ahead of an annotation's description and example. */
    private static final List<String> BEFORE_DESCRIPTION = List.of("type", "format", "items");

    /** A member's documentation: its description, and its example when it has one. */
    record Member(String description, Object example) {
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        members().forEach((schemaName, members) -> members.forEach((name, member) -> {
            Schema schema = schemas.get(schemaName);
            Schema property = schema == null ? null : schema.getProperties().get(name);
            if (property == null) { // a record renamed or a member removed: say so, rather than document nothing
                throw new IllegalStateException(RESOURCE + " documents " + schemaName + "." + name + ", which the API lacks");
            }
            if (property.getRef() == null) {
                describe(property, member);
            } else {
                describeReference(property, member, schemas.get(property.getRef().substring(REFS.length())));
            }
        }));
    }

    private static void describe(Schema property, Member member) {
        property.description(member.description());
        if (member.example() != null) {
            property.setExamples(List.of(member.example()));
        }
        List<String> order = new ArrayList<>(BEFORE_DESCRIPTION);
        order.addAll(List.of("description", "examples"));
        ordered(property, order);
    }

    private static void describeReference(Schema property, Member member, Schema referenced) {
        property.description(member.description()).setType(referenced.getType());
        ordered(property, List.of("description", "type", "$ref"));
    }

    /** Puts these members of the model first, in this order; the others follow in theirs. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void ordered(Schema property, List<String> leading) {
        BaseModel model = (BaseModel) property;
        Map<String, Object> all = model.getAllProperties();
        Map<String, Object> reordered = new LinkedHashMap<>();
        leading.stream().filter(all::containsKey).forEach(key -> reordered.put(key, all.get(key)));
        reordered.putAll(all);
        model.setAllProperties(reordered);
    }

    /** Schema name to member name to its documentation, in the file's order. */
    static Map<String, Map<String, Member>> members() {
        return read(RESOURCE, new TypeReference<>() {
        });
    }

    /** A JSON file of documentation on the class path, as {@code type} (maps keep the file's order). */
    static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = SchemaMembers.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
