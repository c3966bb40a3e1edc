package dev.lede.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.lede.platform.web.DocumentationData;
import java.util.Map;
import java.util.Optional;

/**
 * What the OpenAPI document says about one collection served by {@link ResourceEndpoints} (a catalog, articles,
 * quotes) that is its own, read from {@code META-INF/api-docs/<collection>.json} (e.g. {@code people.json} for
 * {@code /v1/people}): the nouns that name its operations and responses, the sentences that differ, its schemas and
 * its examples. Members other than the nouns, schemas and examples may be absent.
 *
 * @param one       the noun, "person" (the operation ids capitalise it: getPerson)
 * @param many      the plural, "people" (listPeople)
 * @param a         the noun with its article, "a person" (summaries)
 * @param schemas   the names of its read model, write model and page schemas (keys view, input, page)
 * @param summaries summaries that are not the usual sentence made from the noun, by operation (create, delete...)
 * @param described the descriptions of its operations (list, create, get, replace, patch, delete, merge), of the 201 of a
 *                  create (created), of the ETag a get answers (etag), and of the force and If-Match parameters of
 *                  a delete (force, ifMatch); an operation without one has none
 * @param key       an example of {@code {idOrSlug}} for its get, or null
 * @param gone      whether its get may answer 410 Gone
 * @param patchNoConflict whether its merge patch leaves the 409 out of the document (quotes, as documented so far)
 * @param examples  named examples of its read model (view), write model (input), merge patch (patch) and merge body
 *                  (merge): each an object with a name and a value
 */
record CatalogApi(String one, String many, String a, Map<String, String> schemas, Map<String, String> summaries,
                  Map<String, String> described, String key, boolean gone, boolean patchNoConflict,
                  Map<String, Example> examples) {
    CatalogApi {
        summaries = summaries == null ? Map.of() : summaries;
        described = described == null ? Map.of() : described;
    }

    /** A named example; the value is the parsed JSON (maps, lists, strings, numbers), as the document shows it. */
    record Example(String name, Object value) {
    }

    /** The data of the collection at {@code /v1/<collection>}, if it has any. */
    static Optional<CatalogApi> of(String collection) {
        return DocumentationData.find(collection, new TypeReference<>() { });
    }

    /** The noun capitalised, for operation ids and sentences: "Person". */
    String title() {
        return capitalised(one);
    }

    /** The plural capitalised, for the list's operation id: "People". */
    String titles() {
        return capitalised(many);
    }

    /** The summary of this operation: its own when the data gives one, else the usual one. */
    String summary(String operation, String usual) {
        return summaries.getOrDefault(operation, usual);
    }

    String ref(String schema) {
        return "#/components/schemas/" + schemas.get(schema);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
