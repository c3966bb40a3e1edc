package dev.lede.crash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON for the crash test: building request bodies, and reading answers into the values the checks compare (sorted
 * sets and counts where order does not matter, so that equal values also print alike in a message).
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) throws JsonProcessingException {
        return MAPPER.writeValueAsString(node);
    }

    /** The text of each item of an array. */
    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    /** The "slug" of each item, in order: a JSON array or a list of nodes. */
    static List<String> slugsOf(Iterable<JsonNode> items) {
        List<String> out = new ArrayList<>();
        items.forEach(item -> out.add(item.path("slug").asText()));
        return out;
    }

    static Set<String> idsOf(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(item -> out.add(item.path("id").asText()));
        return out;
    }

    /** Quote texts with their number of occurrences (a page may quote the same words twice). */
    static Map<String, Integer> quoteTexts(JsonNode quotes) {
        Map<String, Integer> out = new TreeMap<>();
        quotes.forEach(quote -> out.merge(quote.path("text").asText(), 1, Integer::sum));
        return out;
    }

    /** Each value with its number of occurrences, sorted. */
    static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> out = new TreeMap<>();
        values.forEach(v -> out.merge(v, 1, Integer::sum));
        return out;
    }
}
