package dev.lede.platform.failure;

import dev.lede.platform.web.ProblemMappers;
import java.util.List;
import java.util.Map;

/**
 * A failure that the client can act on. Services throw it; {@link ProblemMappers} turns it into
 * problem+json. The message is client-safe by construction: it never carries internals.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiException(int status, String slug, String title, String detail,
                        List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), null, errors, extensions);
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "invalid-request", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ApiException validation(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiException(400, "validation", "Invalid request", detail, errors, null);
    }

    public static ApiException notFound(String what, String key) {
        return new ApiException(404, "not-found", "Not found", "No " + what + " '" + key + "'", null, null);
    }

    public static ApiException conflict(String detail, Map<String, Object> extensions) {
        return new ApiException(409, "conflict", "Conflict", detail, null, extensions);
    }

    public static ApiException conflictOn(String field, String detail) {
        return new ApiException(409, "conflict", "Conflict", detail,
                List.of(new Problem.FieldError(field, detail)), null);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition failed", detail,
                List.of(new Problem.FieldError("If-Match", detail)), null);
    }

    public static ApiException preconditionRequired() {
        String detail = "send If-Match with the ETag you last read (or * to overwrite whatever is there)";
        return new ApiException(428, "precondition-required", "Precondition required", detail,
                List.of(new Problem.FieldError("If-Match", "required")), null);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail,
                List.of(new Problem.FieldError("Authorization", detail)), null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail, null, null);
    }

    public static ApiException payloadTooLarge(long max) {
        return new ApiException(413, "payload-too-large", "Payload too large",
                "the request body is larger than the limit of " + max + " bytes", null, Problem.ext("maxBytes", max));
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(415, "unsupported-media-type", "Unsupported media type", detail,
                List.of(new Problem.FieldError("Content-Type", detail)), null);
    }

    /** A lock this write needs was held by another write past the lock timeout, or a deadlock: nothing was written. */
    public static ApiException busy() {
        return new ApiException(503, "busy", "Busy",
                "another write held what this one needs for too long; nothing was written, retry", null, null);
    }
}
