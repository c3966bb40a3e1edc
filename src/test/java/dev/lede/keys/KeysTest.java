package dev.lede.keys;

import static dev.lede.platform.security.RefusalAssertions.NOT_VALID;
import static dev.lede.platform.security.RefusalAssertions.assertForbidden;
import static dev.lede.platform.security.RefusalAssertions.assertUnauthorized;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API keys through HTTP: the secret shown once and stored as a digest, revocation, validation, who wrote. */
@QuarkusTest
class KeysTest {
    private static final String KEYS = "/v1/keys";

    @Inject AgroalDataSource database;
    @Inject org.hibernate.SessionFactory sessionFactory;

    @Test
    void theSecretIsShownOnceAndOnlyItsDigestIsStored() throws Exception {
        String name = "Newsroom " + unique();
        var created = admin().body(Map.of("name", name, "scopes", List.of("content:read", "content:write"))).post(KEYS)
                .then().statusCode(201).extract();
        String secret = created.path("secret");
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/keys/" + id);
        assertThat(secret).startsWith("lede_").hasSizeGreaterThanOrEqualTo(5 + 43);
        assertThat(created.<String>path("prefix")).isEqualTo(secret.substring(0, 13));
        assertThat(created.<List<String>>path("scopes")).containsExactly("content:read", "content:write");
        assertThat(created.<String>path("createdAt")).isNotBlank();
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");

        admin().get(KEYS + "/{id}", id).then().statusCode(200).body("$", not(hasKey("secret")))
                .body("name", equalTo(name)).body("prefix", equalTo(secret.substring(0, 13)));
        String listed = admin().queryParam("limit", 100).get(KEYS).asString();
        assertThat(listed).doesNotContain(secret);

        List<String> row = row("SELECT * FROM api_key WHERE id = ?", id);
        assertThat(row).isNotEmpty().noneMatch(value -> value != null && value.contains(secret.substring(13)));
        assertThat(row).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        Keys key = Keys.withScopes("content:read");
        String article = draft("Revoked reader " + unique(), Map.of()).path("id");
        key.request().get("/v1/articles/{id}", article).then().statusCode(200).body("status", equalTo("draft"));

        admin().delete(KEYS + "/{id}", key.id()).then().statusCode(204);

        assertUnauthorized(key.request().get("/v1/articles/" + article), "/v1/articles/" + article, NOT_VALID);
        assertUnauthorized(key.request().get("/v1/sources"), "/v1/sources", NOT_VALID);
        admin().get(KEYS + "/{id}", key.id()).then().statusCode(200).body("revokedAt", notNullValue());
        admin().delete(KEYS + "/{id}", key.id()).then().statusCode(204); // again: nothing changes
        admin().delete(KEYS + "/{id}", "no-such-key").then().statusCode(404);
    }

    @Test
    void eachBadInputIsAProblemNamingItsField() {
        refused(Map.of("name", "  ", "scopes", List.of("partner")), 400, "name");
        refused(Map.of("name", "Line\nbreak " + unique(), "scopes", List.of("partner")), 400, "name");
        refused(Map.of("name", "admin", "scopes", List.of("partner")), 400, "name");
        refused(Map.of("name", "No scopes " + unique(), "scopes", List.of()), 400, "scopes");
        refused(Map.of("name", "Odd scope " + unique(), "scopes", List.of("partner", "root")), 400, "scopes[1]");
        refused(Map.of("name", "Unknown source " + unique(), "scopes", List.of("partner"),
                "entitlements", Map.of("sources", List.of("no-such-source-" + unique()))), 400, "entitlements.sources[0]");
        refused(Map.of("name", "Empty tag " + unique(), "scopes", List.of("partner"),
                "entitlements", Map.of("tags", List.of(""))), 400, "entitlements.tags[0]");
        admin().body(Map.of("name", "Unknown member " + unique(), "scopes", List.of("partner"), "colour", "red"))
                .post(KEYS).then().statusCode(400).body("errors[0].field", equalTo("colour"));

        Keys first = Keys.withScopes("partner");
        refused(Map.of("name", first.name(), "scopes", List.of("ingest")), 409, "name");
        admin().delete(KEYS + "/{id}", first.id()).then().statusCode(204);
        refused(Map.of("name", first.name(), "scopes", List.of("ingest")), 409, "name"); // a revoked key keeps its name
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        admin().body(body).post(KEYS).then().statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void entitlementsAreStoredWithEachSourceAsItsId() {
        String slug = source("Entitled wire " + unique(), "wire_agency");
        String sourceId = anonymous().get("/v1/sources/{slug}", slug).path("id");
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements",
                Map.of("sources", List.of(slug, sourceId), "sections", List.of("world"), "tags", List.of("iran", "iran"))));
        admin().get(KEYS + "/{id}", key.id()).then().statusCode(200)
                .body("entitlements.sources", contains(sourceId))
                .body("entitlements.sections", contains("world"))
                .body("entitlements.tags", contains("iran"));
        Keys unrestricted = Keys.withScopes("partner");
        admin().get(KEYS + "/{id}", unrestricted.id()).then().body("entitlements.sources", org.hamcrest.Matchers.empty())
                .body("lastUsedAt", nullValue());
    }

    @Test
    void useIsRecordedInTheBackground() throws InterruptedException {
        Keys key = Keys.withScopes("partner");
        key.request().get("/v1/sources").then().statusCode(200);
        String lastUsed = null;
        for (int i = 0; i < 100 && lastUsed == null; i++) {
            Thread.sleep(50);
            lastUsed = admin().get(KEYS + "/{id}", key.id()).path("lastUsedAt");
        }
        assertThat(lastUsed).isNotNull();
    }

    @Test
    void theListPagesOldestFirstWithoutSecrets() {
        Keys a = Keys.withScopes("ingest");
        Keys b = Keys.withScopes("ingest");
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = admin().queryParam("limit", 1);
            var page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(KEYS).then().statusCode(200).header("Cache-Control", "no-store").extract();
            assertThat(page.<List<?>>path("data")).hasSizeLessThanOrEqualTo(1);
            assertThat(page.asString()).doesNotContain("\"secret\"");
            ids.addAll(page.path("data.id"));
            cursor = page.path("meta.nextCursor");
        } while (cursor != null);
        assertThat(ids).containsSubsequence(a.id(), b.id()).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheAdminScopeManagesKeys() {
        Keys writer = Keys.withScopes("content:write", "content:read", "partner", "ingest");
        assertForbidden(writer.request().get(KEYS), KEYS, "this API key does not allow this operation");
        assertForbidden(writer.request().body(Map.of("name", "Escalated " + unique(), "scopes", List.of("admin"))).post(KEYS),
                KEYS, "this API key does not allow this operation");
        assertUnauthorized(anonymous().get(KEYS), KEYS, "an API key is required to manage API keys");
        Keys admin = Keys.withScopes("admin");
        admin.request().get(KEYS + "/{id}", writer.id()).then().statusCode(200);
    }

    @Test
    void everyWriteRecordsTheNameOfItsKey() throws Exception {
        Keys writer = Keys.create(Map.of("name", "Desk " + unique(), "scopes", List.of("content:write", "content:read")));
        String id = writer.request().body(Map.of("headline", "Keyed write " + unique(), "language", "en",
                "body", List.of("One."))).post("/v1/articles").then().statusCode(201).extract().path("id");
        writer.request().header("If-Match", "*").post("/v1/articles/{id}/publish", id).then().statusCode(200);
        admin().header("If-Match", "*").body(Map.of("standfirst", "By the admin key."))
                .contentType("application/merge-patch+json").patch("/v1/articles/{id}", id).then().statusCode(200);

        writer.request().get("/v1/articles/{id}/revisions", id).then().statusCode(200)
                .body("data.by", contains("admin", writer.name(), writer.name()));
        List<String> actors = column("SELECT actor FROM change_event WHERE resource_id = ? ORDER BY seq", id);
        assertThat(actors).containsExactly(writer.name(), writer.name(), "admin");
    }

    /** A bounded number of statements whatever the page size: one query for the page (and none per key). */
    @Test
    void theListCostsOneStatementWhateverItsSize() {
        for (int i = 0; i < 3; i++) {
            Keys.withScopes("partner");
        }
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        admin().queryParam("limit", 1).get(KEYS).then().statusCode(200);
        long one = statistics.getPrepareStatementCount();
        statistics.clear();
        admin().queryParam("limit", 3).get(KEYS).then().statusCode(200);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(one).isEqualTo(1);
    }

    /**
     * Secrets never reach the server's log, at any level: not when created, used, refused or revoked (the prefix may).
     */
    @Test
    void noLogRecordCarriesASecret() {
        List<String> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                String logger = String.valueOf(record.getLoggerName());
                if (logger.startsWith("org.apache.http") || logger.startsWith("io.restassured")) {
                    return; // the test's own HTTP client, which sends the key
                }
                records.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + " " + (record.getThrown() == null ? "" : record.getThrown().toString()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        root.addHandler(capture);
        root.setLevel(java.util.logging.Level.ALL);
        try {
            Keys key = Keys.withScopes("content:write");
            key.request().get("/v1/sources").then().statusCode(200);
            key.request().body(Map.of("name", "Bad", "kind", "nonsense")).post("/v1/sources").then().statusCode(400);
            key.request().get(KEYS).then().statusCode(403);
            admin().delete(KEYS + "/{id}", key.id()).then().statusCode(204);
            key.request().get("/v1/sources").then().statusCode(401);
            assertThat(records).as("records captured").isNotEmpty();
            assertThat(records).noneMatch(line -> line.contains(key.secret().substring(13)));
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
    }

    private List<String> row(String sql, String id) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.add(rows.getString(i));
                    }
                }
                return values;
            }
        }
    }

    private List<String> column(String sql, String id) throws Exception {
        return row(sql, id);
    }
}
