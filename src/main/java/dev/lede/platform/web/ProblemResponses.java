package dev.lede.platform.web;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The shared error responses that are nothing but a problem with a description ({@code @APIResponse(ref =
 * "NotFound")}...), from {@code META-INF/api-docs/problem-responses.json}: one line of data each rather than an annotation block
 * each in {@link LedeApplication}, which keeps those with a header or an example.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, String> described = DocumentationData.read("problem-responses", new TypeReference<>() {
        });
        Map<String, APIResponse> responses = new TreeMap<>(openAPI.getComponents().getResponses());
        described.forEach((name, description) -> responses.put(name, problem(description)));
        // SmallRye sorted the annotated responses by name before the filters ran; the added ones take their place.
        openAPI.getComponents().setResponses(new LinkedHashMap<>(responses));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
