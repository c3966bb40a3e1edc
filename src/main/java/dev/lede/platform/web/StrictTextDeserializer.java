package dev.lede.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import dev.lede.platform.text.Text;
import java.io.IOException;

/**
 * Every string of every request body: read as Jackson would ({@link StringDeserializer}, with the coercion rules of
 * {@link JsonStrictness}), refused when {@link Text#refusal} says so, and stored in normalisation form C.
 */
final class StrictTextDeserializer extends StdScalarDeserializer<String> {
    StrictTextDeserializer() {
        super(String.class);
    }

    /** A string that may not be stored; {@link JsonProblems} names its field with this message. */
    static final class Refused extends JsonMappingException {
        Refused(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value == null) {
            return null;
        }
        String refusal = Text.refusal(value);
        if (refusal != null) {
            throw new Refused(parser, refusal);
        }
        return Text.nfc(value);
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
