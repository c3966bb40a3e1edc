package dev.lede.platform.catalog;

import dev.lede.platform.web.DocumentationData;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the operations that {@link ResourceEndpoints} and its subclasses give each collection (the catalogs,
 * articles, quotes) with what is the collection's own
 * ({@link CatalogApi}): operation ids, summaries and descriptions, the schemas of bodies and responses, examples.
 * It runs when the application is built, on the document SmallRye made from the annotations.
 *
 * <p>SmallRye keeps the members of each object in the order they were set; this filter puts the members it sets
 * where a hand-annotated method would have them ({@link DocumentationData#first}), so the document reads as before,
 * member for member. The relation views are documented here too, by {@link RelationDocumentation}, the long
 * descriptions of operations.json by {@link OperationDocumentation}, and the query parameters of the lists
 * (parameters.json) by {@link ParameterDocumentation}; schema members are a filter of their own, platform/web's
 * SchemaMembers.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CatalogDocumentation implements OASFilter {
    private static final Pattern CATALOG_PATH = Pattern.compile("/v1/([a-z]+)(/\\{idOrSlug}(/merge)?)?");
    private static final String JSON = "application/json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Matcher catalog = CATALOG_PATH.matcher(path);
            if (catalog.matches()) {
                CatalogApi.of(catalog.group(1)).ifPresent(api -> {
                    if (catalog.group(2) == null) {
                        documentCollection(item, api);
                    } else if (catalog.group(3) != null) {
                        documentMerge(item.getPOST(), api);
                    } else {
                        documentMember(item, api);
                    }
                });
            }
        });
        RelationDocumentation.document(openAPI);
        OperationDocumentation.document(openAPI);
        ParameterDocumentation.document(openAPI);
    }

    private static void documentCollection(PathItem item, CatalogApi api) {
        Operation list = named(item.getGET(), "List " + api.many(), api.described().get("list"), "list" + api.titles());
        list.getResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("A page of " + api.many() + ".")
                .addHeader("Link", header("The next page, as rel=\"next\"."))
                .content(content(null, api.ref("page"))));
        Operation create = named(item.getPOST(), api.summary("create", "Create " + api.a()), api.described().get("create"),
                "create" + api.title());
        body(create, api);
        APIResponse created = create.getResponses().getAPIResponse("201");
        if (api.described().containsKey("created")) {
            created.description(api.described().get("created"));
        }
        created.getHeaders().get("Location").description("URL of the new " + api.one() + ".");
        created.getHeaders().get("ETag").description("Entity tag of the new " + api.one() + ".");
        created.getHeaders().values().forEach(header -> DocumentationData.first(header, "description"));
        written(created, api);
        DocumentationData.first(item, "get", "post");
    }

    private static void documentMember(PathItem item, CatalogApi api) {
        documentGet(item.getGET(), api);
        Operation replace = named(item.getPUT(), "Replace " + api.a(), api.described().get("replace"), "replace" + api.title());
        body(replace, api);
        written(replace.getResponses().getAPIResponse("200"), api);
        documentPatch(item.getPATCH(), api);
        documentDelete(item.getDELETE(), api);
        for (Operation operation : List.of(item.getPUT(), item.getPATCH(), item.getDELETE())) {
            idOrSlug(operation, api, null);
        }
        DocumentationData.first(item, "put", "patch", "get", "delete"); // the order SmallRye gave the methods when each catalog had its own
    }

    /** The merge of a duplicate: its description and body example are the catalog's, the rest is said of the noun. */
    private static void documentMerge(Operation merge, CatalogApi api) {
        named(merge, "Fold a duplicate " + api.one() + " into this one", api.described().get("merge"), "merge" + api.title());
        idOrSlug(merge, "Id or slug of the " + api.one() + " that survives.", null);
        CatalogApi.Example example = api.examples().get("merge");
        merge.getRequestBody().getContent().getMediaTypes().values()
                .forEach(type -> DocumentationData.first(type.addExample(example.name(), OASFactory.createExample().value(example.value())), "examples"));
        merge.getResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("Merged: the survivor as it is now.")
                .content(content(null, api.ref("view"))));
    }

    /** The 200 is made here whole (the read model, its example, the ETag), and the 410 when the data says so. */
    private static void documentGet(Operation get, CatalogApi api) {
        named(get, "Get " + api.a() + " by id or slug", api.described().get("get"), "get" + api.title());
        idOrSlug(get, api, api.key());
        String etag = api.described().getOrDefault("etag", "Strong entity tag; send it back in If-None-Match or If-Match.");
        get.getResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("The " + api.one() + ".")
                .addHeader("ETag", header(etag)).content(content(api.examples().get("view"), api.ref("view"))));
        if (api.gone()) {
            get.getResponses().addAPIResponse("410", OASFactory.createAPIResponse().ref("Gone"));
            get.getResponses().addAPIResponse("451", OASFactory.createAPIResponse().ref("UnavailableForLegalReasons"));
        }
    }

    private static void documentPatch(Operation patch, CatalogApi api) {
        named(patch, "Change some fields of " + api.a() + " (JSON Merge Patch)", api.described().get("patch"), "patch" + api.title());
        CatalogApi.Example change = api.examples().get("patch");
        patch.getRequestBody().getContent().getMediaTypes().values()
                .forEach(type -> DocumentationData.first(type.addExample(change.name(), OASFactory.createExample().value(change.value())), "examples"));
        written(patch.getResponses().getAPIResponse("200"), api);
        if (api.patchNoConflict()) {
            patch.getResponses().removeAPIResponse("409");
        }
    }

    private static void documentDelete(Operation delete, CatalogApi api) {
        named(delete, api.summary("delete", "Delete " + api.a()), api.described().get("delete"), "delete" + api.title());
        for (Parameter parameter : delete.getParameters()) {
            String description = api.described().get(parameter.getName().equals("If-Match") ? "ifMatch" : parameter.getName());
            if (description != null) {
                DocumentationData.first(parameter.description(description), "description");
            }
        }
    }

    /** Names an operation: summary, description (when it has one) and id, first in it as in an annotated one. */
    private static Operation named(Operation operation, String summary, String description, String id) {
        operation.summary(summary).description(description).operationId(id);
        return DocumentationData.first(operation, "summary", "description", "operationId");
    }

    /** Describes the {@code {idOrSlug}} path parameter, with an example when one is given. */
    private static void idOrSlug(Operation operation, CatalogApi api, String example) {
        idOrSlug(operation, api.title() + " id or slug.", example);
    }

    static void idOrSlug(Operation operation, String description, String example) {
        operation.getParameters().stream().filter(p -> p.getName().equals("idOrSlug"))
                .forEach(key -> DocumentationData.first(key.description(description).example(example), "description", "example"));
    }

    /** A create or replace body: the write model, with its example. */
    private static void body(Operation operation, CatalogApi api) {
        DocumentationData.first(operation.getRequestBody().content(content(api.examples().get("input"), api.ref("input"))), "content");
    }

    /** A write's success response: the new state, as the read model. */
    private static void written(APIResponse response, CatalogApi api) {
        response.content(content(null, api.ref("view")));
        DocumentationData.first(response, "description", "headers", "content");
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Content content(CatalogApi.Example example, String schema) {
        MediaType type = OASFactory.createMediaType();
        if (example != null) {
            type.addExample(example.name(), OASFactory.createExample().value(example.value()));
        }
        return OASFactory.createContent().addMediaType(JSON, type.schema(OASFactory.createSchema().ref(schema)));
    }
}
