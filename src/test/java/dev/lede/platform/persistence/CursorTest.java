package dev.lede.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Keyset cursors: opaque to clients, bound to the query and sort they were issued for. */
class CursorTest {
    private static final Cursor CURSOR = new Cursor("-publishedAt", "2022-12-09T12:00:00Z",
            "0184e0a2-6b00-7c3e-8a11-2f4e5d6c7b8a", "person=john-kirby");

    @Test
    void shouldRoundTripThroughAnUrlSafeToken() {
        String token = CURSOR.encode();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(token, "-publishedAt", "person=john-kirby")).isEqualTo(CURSOR);
    }

    @Test
    void shouldMeanTheFirstPageWhenAbsent() {
        assertThat(Cursor.decode(null, "-publishedAt", "")).isNull();
    }

    @Test
    void shouldRefuseACursorOfAnotherSortOrQuery() {
        String token = CURSOR.encode();
        assertRefused(() -> Cursor.decode(token, "publishedAt", "person=john-kirby"), "another query");
        assertRefused(() -> Cursor.decode(token, "-publishedAt", "person=someone-else"), "another query");
    }

    @Test
    void shouldRefuseMalformedBlankAndOverlongTokens() {
        assertRefused(() -> Cursor.decode("not a cursor!", "-publishedAt", ""), "malformed");
        assertRefused(() -> Cursor.decode("", "-publishedAt", ""), "malformed");
        assertRefused(() -> Cursor.decode("a".repeat(3000), "-publishedAt", ""), "malformed");
        String withoutId = Base64.getUrlEncoder().encodeToString("{\"s\":\"-publishedAt\",\"q\":\"\"}".getBytes());
        assertRefused(() -> Cursor.decode(withoutId, "-publishedAt", ""), "malformed");
    }

    private static void assertRefused(Runnable decode, String why) {
        assertThatThrownBy(decode::run).isInstanceOfSatisfying(Failure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(Failure.Kind.INVALID);
            assertThat(failure.errors()).extracting(FieldError::field).containsExactly("cursor");
            assertThat(failure.detail()).contains(why);
        });
    }
}
