package dev.lede.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lede.article.ArticleInput;
import dev.lede.entity.EntityInput;
import dev.lede.person.PersonInput;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.web.JsonProblems;
import dev.lede.quote.QuoteInput;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One NDJSON line: {@code {"type": "source"|"entity"|"person"|"article"|"quote", "data": {...}, "publish": true?,
 * "meta": {...}?}}. {@code data} is exactly the write model of the API for that type, read with the API's (strict)
 * Jackson settings; {@code meta}, as an export writes it, is the state the server owns ({@link StoredState}), kept by
 * the load. An export's first and last lines ({@link ExportHeader}, {@link ExportEnd}) store nothing.
 */
record BulkLine(long number, Type type, Object data, boolean publish, StoredState meta) {
    enum Type {
        source(SourceInput.class), entity(EntityInput.class), person(PersonInput.class), article(ArticleInput.class),
        quote(QuoteInput.class), export(ExportHeader.class), end(ExportEnd.class);

        final Class<?> input;

        Type(Class<?> input) {
            this.input = input;
        }
    }

    private static final Map<String, Type> TYPES = Map.of("source", Type.source, "entity", Type.entity,
            "person", Type.person, "article", Type.article, "quote", Type.quote, "export", Type.export, "end", Type.end);

    /** Parses a line; a line the API would refuse throws a {@link Failure} naming the fields. */
    static BulkLine parse(ObjectMapper mapper, long number, String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("line", "must be a JSON object: {\"type\": ..., \"data\": {...}}");
            }
            Type type = null;
            Object data = null;
            JsonNode pending = null; // data given before type
            boolean publish = false;
            boolean sawPublish = false;
            StoredState meta = null;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> {
                        String given = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                        type = given == null ? null : TYPES.get(given);
                        if (type == null) {
                            throw invalid("type", "must be one of source, entity, person, article, quote, export, end");
                        }
                    }
                    case "data" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw invalid("data", "must be an object (the write model of the type)");
                        }
                        if (type != null) {
                            data = inner(mapper).forType(type.input).readValue(parser);
                        } else {
                            pending = inner(mapper).readTree(parser);
                        }
                    }
                    case "publish" -> {
                        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                            throw invalid("publish", "expected true or false");
                        }
                        publish = value == JsonToken.VALUE_TRUE;
                        sawPublish = true;
                    }
                    case "meta" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw invalid("meta", "must be an object (the stored state, as an export writes it)");
                        }
                        meta = readMeta(mapper, parser);
                    }
                    default -> throw invalid(name, "unknown field; a line has type, data, meta and (articles only) publish");
                }
            }
            if (parser.nextToken() != null) {
                throw invalid("line", "one JSON object per line");
            }
            if (type == null) {
                throw invalid("type", "required");
            }
            if (data == null && pending == null) {
                throw invalid("data", "required");
            }
            if (data == null) {
                data = mapper.readerFor(type.input).readValue(pending);
            }
            if (sawPublish && type != Type.article) {
                throw invalid("publish", "only articles can be published");
            }
            checkMeta(type, meta, sawPublish);
            if (type == Type.article && meta != null) {
                checkPublishing((ArticleInput) data, meta);
            }
            return new BulkLine(number, type, data, publish, meta);
        } catch (JsonProcessingException e) {
            throw relativeToData(JsonProblems.describe(e));
        } catch (IOException e) {
            throw invalid("line", "could not be read");
        }
    }

    /**
     * Reads a member of the line: what follows it in the line is the line's business (checked once the whole object is
     * read), not a trailing token after a document.
     */
    private static ObjectReader inner(ObjectMapper mapper) {
        return mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads meta, naming its fields as meta.id, meta.createdAt... */
    private static StoredState readMeta(ObjectMapper mapper, JsonParser parser) throws IOException {
        try {
            return inner(mapper).forType(StoredState.class).readValue(parser);
        } catch (JsonProcessingException e) {
            Failure described = JsonProblems.describe(e);
            List<FieldError> errors = described.errors();
            throw errors == null || errors.isEmpty() ? described : Failure.invalidFields(errors.stream()
                    .map(error -> new FieldError(error.field().startsWith("meta") ? error.field() : "meta." + error.field(),
                            error.message())).toList());
        }
    }

    /** An export's state goes with its resource: never on the header, and only articles have a publishing state. */
    private static void checkMeta(Type type, StoredState meta, boolean sawPublish) {
        if (meta == null) {
            return;
        }
        if (type == Type.export || type == Type.end) {
            throw invalid("meta", "an export's first and last lines have no meta");
        }
        if (type != Type.article && meta.hasArticleState()) {
            throw invalid("meta", "only articles have status, firstPublishedAt, withdrawnAt, withdrawalReason, removedAt, "
                    + "removalReason, ingestedPages and corrections");
        }
        if (type != Type.quote && meta.hasQuoteState()) {
            List<FieldError> errors = new ArrayList<>();
            if (meta.pageText() != null) {
                errors.add(new FieldError("meta.pageText", "only quotes have pageText"));
            }
            if (meta.editedAt() != null) {
                errors.add(new FieldError("meta.editedAt", "only quotes have editedAt"));
            }
            throw Failure.invalidFields(errors);
        }
        if (sawPublish) {
            throw invalid("publish", "an article with meta keeps the status its meta gives; leave publish out");
        }
    }

    /**
     * An imported article's publishing state must be one the API can reach: published with its dates; withdrawn (only
     * ever from published) with its dates, when and why; killed or taken down with when and why (dates when it was
     * public before); embargoed (dates when it was public before); a draft without any of them.
     */
    private static void checkPublishing(ArticleInput data, StoredState meta) {
        List<FieldError> errors = new java.util.ArrayList<>();
        String status = meta.status() == null ? "draft" : meta.status();
        boolean live = status.equals("published") || status.equals("withdrawn");
        String published = "required for a published or withdrawn article";
        if (live && data.publishedAt() == null) {
            errors.add(new FieldError("publishedAt", published));
        }
        if (live && meta.firstPublishedAt() == null) {
            errors.add(new FieldError("meta.firstPublishedAt", published));
        }
        if (status.equals("draft") && meta.firstPublishedAt() != null) {
            errors.add(new FieldError("meta.firstPublishedAt", "a draft was never published: leave it out"));
        }
        if (status.equals("draft") && !meta.correctionsOrNone().isEmpty()) {
            errors.add(new FieldError("meta.corrections", "a draft was never published: only a published or withdrawn article has them"));
        }
        boolean removed = status.equals("killed") || status.equals("taken_down");
        requiredOnlyIf(errors, status.equals("withdrawn"), "a withdrawn article", java.util.Map.of("meta.withdrawnAt",
                meta.withdrawnAt() != null, "meta.withdrawalReason", given(meta.withdrawalReason())));
        requiredOnlyIf(errors, removed, "a killed or taken_down article", java.util.Map.of("meta.removedAt",
                meta.removedAt() != null, "meta.removalReason", given(meta.removalReason())));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw Failure.invalidFields(errors);
        }
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** Each of these fields is given exactly when {@code required} (the state of {@code what}). */
    private static void requiredOnlyIf(List<FieldError> errors, boolean required, String what,
                                       java.util.Map<String, Boolean> given) {
        given.forEach((field, present) -> {
            if (present != required) {
                errors.add(new FieldError(field, required ? "required for " + what : "only " + what + " has it"));
            }
        });
    }

    /**
     * A line's fields are named as the API names them in a body of that type ("people[0].person", not
     * "data.people[0].person"); Jackson names most of them so already, but a key given twice by where it is in the line.
     */
    private static Failure relativeToData(Failure e) {
        List<FieldError> errors = e.errors();
        if (errors == null || errors.stream().noneMatch(error -> error.field().startsWith("data."))) {
            return e;
        }
        return Failure.invalidFields(errors.stream().map(error -> error.field().startsWith("data.")
                ? new FieldError(error.field().substring("data.".length()), error.message()) : error).toList());
    }

    private static Failure invalid(String field, String message) {
        return Failure.invalidFields(List.of(new FieldError(field, message)));
    }
}
