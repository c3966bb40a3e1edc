package dev.lede.platform.failure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request body, or one invalid query parameter or header, and why. */
@Schema(name = "FieldError", description = "One invalid field of a request body, or one invalid query parameter or header.")
public record FieldError(
        @Schema(description = "The field path (body), parameter name (query) or header name.", examples = "limit") String field,
        @Schema(description = "Why the value is not accepted.", examples = "must be at most 100") String message) {
}
