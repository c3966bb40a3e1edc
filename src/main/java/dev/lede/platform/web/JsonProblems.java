package dev.lede.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import java.util.List;

/** Explains a body that Jackson could not read, naming the offending field without echoing internals. */
public final class JsonProblems {
    private JsonProblems() {
    }

    public static Failure describe(JsonProcessingException e) {
        if (e instanceof StrictTextDeserializer.Refused refused) {
            return Failure.invalidFields(List.of(new FieldError(pathOf(refused), refused.getOriginalMessage())));
        }
        if (causedBy(e, com.fasterxml.jackson.core.exc.StreamConstraintsException.class)) { // wrapped by a list's reader
            return Failure.invalidFields(List.of(new FieldError("body", "holds more than "
                    + JsonStrictness.MAX_TOKENS + " JSON values, more than any write model allows")));
        }
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return Failure.invalidFields(List.of(new FieldError(duplicate,
                    "appears more than once in its object; give each key once")));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return Failure.invalidFields(List.of(new FieldError(field, "unknown field")));
        }
        if (e instanceof InvalidFormatException format) {
            String expected = simpleType(format.getTargetType());
            return Failure.invalidFields(List.of(new FieldError(pathOf(format),
                    "expected " + expected + " but got " + describeValue(format.getValue()))));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String expected = simpleType(mismatch.getTargetType());
            return Failure.invalidFields(List.of(new FieldError(pathOf(mismatch),
                    "expected " + expected)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Failure.invalidFields(List.of(new FieldError(pathOf(mapping), "invalid value")));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new Failure(Failure.Kind.INVALID, "malformed-json", "Malformed JSON",
                "the request body is not valid JSON" + where, List.of(new FieldError("body", "malformed JSON" + where)), null);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path of a key given twice (Jackson's STRICT_DUPLICATE_DETECTION), or null for any other failure. The parse
     * failure may come wrapped by the deserializer of an enclosing list or object, which knows the path to it.
     */
    private static String duplicateKey(JsonProcessingException e) {
        JsonParseException duplicate = null;
        for (Throwable cause = e; cause != null && duplicate == null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field '")) {
                duplicate = parse;
            }
        }
        if (duplicate == null) {
            return null;
        }
        String message = duplicate.getOriginalMessage();
        String key = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
        String parent = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            parent = pathOf(mapping);
        } else if (duplicate.getProcessor() != null && duplicate.getProcessor().getParsingContext() != null) {
            // The object holding the key may not have its current name set yet: only its parents are named.
            parent = pathOf(duplicate.getProcessor().getParsingContext().getParent());
        }
        return parent.equals("body") ? key : parent + "." + key;
    }

    /** The dotted path of a place in the document ({@code people[0].name}), from the parser's context. */
    private static String pathOf(JsonStreamContext context) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.addFirst("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                parts.addFirst(at.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!path.isEmpty() && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return values.toString();
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == java.time.Instant.class) {
            return "an RFC 3339 date-time";
        }
        return "an object";
    }

    private static String describeValue(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
