package dev.lede.platform.failure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, said in the domain's terms: what kind of failure it is ({@link Kind}), a stable
 * code and title for its type, a client-safe detail, the offending fields and any details a client needs (what
 * still refers to a resource, a withdrawal notice). Services throw it; the HTTP layer alone decides which status
 * and body each kind becomes ({@code web/Problems}). The message never carries internals.
 */
public class Failure extends RuntimeException {
    /** What went wrong, independent of any protocol. */
    public enum Kind {
        /** The input breaks a rule (a field, a parameter, a header, the body as a whole). */
        INVALID,
        /** No credentials, or credentials that are not valid. */
        UNAUTHENTICATED,
        /** Valid credentials that do not allow this. */
        FORBIDDEN,
        NOT_FOUND,
        /** The write contradicts what is stored (a duplicate, a resource still referenced). */
        CONFLICT,
        /** The resource existed and was withdrawn on purpose. */
        GONE,
        /** The input is well formed but cannot be turned into what was asked (a page with no article in it). */
        UNPROCESSABLE,
        /** The caller's copy is out of date (optimistic concurrency). */
        PRECONDITION_FAILED,
        /** A write that must name the version it changes did not. */
        PRECONDITION_REQUIRED,
        /** The input is larger than allowed. */
        TOO_LARGE,
        /** The request's address is longer than allowed. */
        ADDRESS_TOO_LONG,
        /** The input's format or encoding is not one Lede reads. */
        UNSUPPORTED_FORMAT,
        /** Another write held what this one needs for too long; nothing was written. */
        BUSY,
        /** The resource exists and was taken down on legal grounds. */
        LEGALLY_UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> details;

    public Failure(Kind kind, String code, String title, String detail, List<FieldError> errors,
                   Map<String, Object> details) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.details = details;
    }

    public Kind kind() {
        return kind;
    }

    /** The type of failure, stable for clients ("validation", "not-found"). */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Details beside the message (may be null). */
    public Map<String, Object> details() {
        return details;
    }

    public static Failure invalid(String field, String message) {
        return new Failure(Kind.INVALID, "invalid-request", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static Failure invalidFields(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Failure(Kind.INVALID, "validation", "Invalid request", detail, errors, null);
    }

    public static Failure notFound(String what, String key) {
        return new Failure(Kind.NOT_FOUND, "not-found", "Not found", "No " + what + " '" + key + "'", null, null);
    }

    public static Failure conflict(String detail, Map<String, Object> details) {
        return new Failure(Kind.CONFLICT, "conflict", "Conflict", detail, null, details);
    }

    public static Failure conflictOn(String field, String detail) {
        return new Failure(Kind.CONFLICT, "conflict", "Conflict", detail, List.of(new FieldError(field, detail)), null);
    }

    /** A withdrawn article, with its withdrawal notice so partners know to take it down. */
    public static Failure withdrawn(String articleId, Instant withdrawnAt, String reason) {
        return new Failure(Kind.GONE, "withdrawn", "Withdrawn", "This article was withdrawn: " + reason, null,
                details("id", articleId, "withdrawnAt", withdrawnAt.toString(), "reason", reason));
    }

    /** A killed article (cancelled for editorial or legal reasons): consumers must remove every copy. */
    public static Failure killed(String articleId, Instant removedAt, String reason) {
        return new Failure(Kind.GONE, "killed", "Killed", "This article was killed and must be removed: " + reason, null,
                details("id", articleId, "killedAt", removedAt.toString(), "reason", reason));
    }

    /** An article taken down on legal grounds, with the notice that says so. */
    public static Failure takenDown(String articleId, Instant removedAt, String reason) {
        return new Failure(Kind.LEGALLY_UNAVAILABLE, "taken-down", "Unavailable for legal reasons",
                "This article was taken down for legal reasons: " + reason, null,
                details("id", articleId, "takenDownAt", removedAt.toString(), "reason", reason));
    }

    public static Failure unprocessable(String code, String title, String detail, Map<String, Object> details) {
        return new Failure(Kind.UNPROCESSABLE, code, title, detail, null, details);
    }

    public static Failure preconditionFailed(String detail) {
        return new Failure(Kind.PRECONDITION_FAILED, "precondition-failed", "Precondition failed", detail,
                List.of(new FieldError("If-Match", detail)), null);
    }

    public static Failure preconditionRequired() {
        String detail = "send If-Match with the ETag you last read (or * to overwrite whatever is there)";
        return new Failure(Kind.PRECONDITION_REQUIRED, "precondition-required", "Precondition required", detail,
                List.of(new FieldError("If-Match", "required")), null);
    }

    public static Failure unauthenticated(String detail) {
        return new Failure(Kind.UNAUTHENTICATED, "unauthorized", "Unauthorized", detail,
                List.of(new FieldError("Authorization", detail)), null);
    }

    public static Failure forbidden(String detail) {
        return new Failure(Kind.FORBIDDEN, "forbidden", "Forbidden", detail, null, null);
    }

    public static Failure tooLarge(long max) {
        return new Failure(Kind.TOO_LARGE, "payload-too-large", "Payload too large",
                "the request body is larger than the limit of " + max + " bytes", null, details("maxBytes", max));
    }

    public static Failure unsupportedFormat(String detail) {
        return new Failure(Kind.UNSUPPORTED_FORMAT, "unsupported-media-type", "Unsupported media type", detail,
                List.of(new FieldError("Content-Type", detail)), null);
    }

    public static Failure busy() {
        return new Failure(Kind.BUSY, "busy", "Busy",
                "another write held what this one needs for too long; nothing was written, retry", null, null);
    }

    /** Details as alternating names and values, in order. */
    public static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
