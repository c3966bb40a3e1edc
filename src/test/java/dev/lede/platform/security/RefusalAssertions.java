package dev.lede.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Refusals as Lede has always sent them: the whole problem body, and the headers a client or browser relies on. */
public final class RefusalAssertions {
    /** The details Lede's documentation and clients know. */
    public static final String NEED_A_KEY = "writes need an API key: send 'Authorization: Bearer <key>'";
    public static final String USE_BEARER = "use 'Authorization: Bearer <key>'";
    public static final String NOT_VALID = "the API key is not valid";

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private RefusalAssertions() {
    }

    /** A 401 with exactly the body and headers Lede has always sent: one Bearer challenge, kept by no cache, the usual headers. */
    public static void assertUnauthorized(Response response, String path, String detail) {
        assertRefusal(response, 401, Map.of("type", "https://lede.dev/problems/unauthorized", "title", "Unauthorized",
                "status", 401, "detail", detail, "instance", path,
                "errors", List.of(Map.of("field", "Authorization", "message", detail))));
        assertThat(response.getHeaders().getValues("WWW-Authenticate")).containsExactly("Bearer realm=\"lede\"");
    }

    /** A 403 without a challenge: no key could make the request succeed. */
    public static void assertForbidden(Response response, String path, String detail) {
        assertRefusal(response, 403, Map.of("type", "https://lede.dev/problems/forbidden", "title", "Forbidden",
                "status", 403, "detail", detail, "instance", path));
        assertThat(response.getHeaders().hasHeaderWithName("WWW-Authenticate")).isFalse();
    }

    private static void assertRefusal(Response response, int status, Map<String, Object> body) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<Map<String, Object>>as(Map.class)).isEqualTo(body);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).isEqualTo(API_POLICY);
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(response.getHeaders().getValues("Cache-Control")).containsExactly("no-store");
    }
}
