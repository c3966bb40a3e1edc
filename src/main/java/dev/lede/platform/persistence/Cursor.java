package dev.lede.platform.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.platform.failure.Failure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset position: the sort key and the (value, id) of the last item served, plus a fingerprint of the
 * query it belongs to. Opaque to clients (base64url JSON); a cursor from another query is refused rather
 * than silently applied to the wrong result set.
 */
public record Cursor(String sort, String value, String id, String query) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_LENGTH = 2048;

    public String encode() {
        ObjectNode node = MAPPER.createObjectNode().put("s", sort).put("v", value).put("i", id).put("q", query);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token, String expectedSort, String expectedQuery) {
        if (token == null) {
            return null;
        }
        Cursor cursor = parse(token);
        if (!cursor.sort.equals(expectedSort) || !cursor.query.equals(expectedQuery)) {
            throw Failure.invalid("cursor",
                    "this cursor belongs to another query; keep the same filters and sort while paging");
        }
        return cursor;
    }

    private static Cursor parse(String token) {
        try {
            if (token.isBlank() || token.length() > MAX_LENGTH) { // an empty cursor is a client bug, not "page 1"
                throw new IllegalArgumentException("length");
            }
            JsonNode node = MAPPER.readTree(Base64.getUrlDecoder().decode(token));
            String sort = node.path("s").textValue();
            String value = node.path("v").textValue();
            String id = node.path("i").textValue();
            String query = node.path("q").textValue();
            if (sort == null || id == null || query == null) {
                throw new IllegalArgumentException("fields");
            }
            return new Cursor(sort, value, id, query);
        } catch (Exception e) {
            throw Failure.invalid("cursor", "malformed cursor; use the nextCursor value of a previous page as is");
        }
    }
}
