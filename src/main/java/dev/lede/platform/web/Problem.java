package dev.lede.platform.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.failure.FieldError;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error body of the API: RFC 9457 problem details, served as {@code application/problem+json}. */
@Schema(name = "Problem", additionalProperties = Schema.True.class,
        description = "An RFC 9457 problem detail. Every 4xx and 5xx response of the API has this shape. Extension members "
                + "appear where they help: references (409, counts of what still refers to a resource), id, withdrawnAt "
                + "and reason (410, the withdrawal notice), maxBytes (413).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "A URI reference that identifies the problem type; resolvable to documentation.",
                examples = "https://lede.dev/problems/validation") String type,
        @Schema(description = "A short summary of the problem type; the same for every occurrence.",
                examples = "Invalid request") String title,
        @Schema(description = "The HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong in this occurrence, safe to show to a user.",
                examples = "limit must be between 1 and 100") String detail,
        @Schema(description = "The request path that produced the problem.", examples = "/v1/articles") String instance,
        @Schema(description = "Validation failures, one per offending field or parameter. Absent when the problem is not about fields.")
        List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://lede.dev/problems/";

    /** Extension members (RFC 9457 section 3.2), e.g. {@code references} on a 409, {@code withdrawnAt} on a 410. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }
}
