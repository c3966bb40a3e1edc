package dev.lede.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.lede.platform.text.Rfc3339;
import java.io.IOException;
import java.time.Instant;

/** Every date-time of a request body: an RFC 3339 string ({@link Rfc3339}), nothing else. */
final class StrictInstantDeserializer extends StdScalarDeserializer<Instant> {
    StrictInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText().trim();
        try {
            return Rfc3339.dateTime(text);
        } catch (java.time.DateTimeException e) { // not RFC 3339, or a date that does not exist (02-30)
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 date-time");
        }
    }
}
