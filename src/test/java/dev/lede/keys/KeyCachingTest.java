package dev.lede.keys;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.lede.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Which key holders the shared response cache serves: those shown exactly what anonymous readers are (a partner
 * without content:read or entitlements) get the cached response, with no SQL; a key that sees drafts or has
 * entitlements gets its own private answer; a partner's embargo preview is never shared.
 */
@QuarkusTest
class KeyCachingTest {
    private static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";
    private static final String PRIVATE = "no-store, private";

    @Inject SessionFactory sessionFactory;

    @Test
    void aPartnerIsServedFromTheCacheAnonymousReadersFill() {
        Keys partner = used(Keys.withScopes("partner"));
        String id = published("Cached for partners " + unique(), Map.of()).path("id");
        String etag = anonymous().get("/v1/articles/{id}", id).then().statusCode(200).extract().header("ETag");

        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        partner.request().get("/v1/articles/{id}", id).then().statusCode(200)
                .header("ETag", equalTo(etag)).header("Cache-Control", equalTo(PUBLIC));
        assertThat(statementsBesidesKeys()).as("SQL for a cached partner read").isZero();
    }

    @Test
    void aCachedReadAnsweredAsTheRequestArrivesStillRefusesARevokedOrUnknownKey() {
        Keys partner = Keys.withScopes("partner");
        Keys reader = Keys.withScopes("content:read");
        String id = published("Refused once revoked " + unique(), Map.of()).path("id");
        anonymous().get("/v1/articles/{id}", id).then().statusCode(200).header("Cache-Control", equalTo(PUBLIC));
        for (int read = 0; read < 3; read++) { // the first verifies the key; the next ones find it verified
            partner.request().get("/v1/articles/{id}", id).then().statusCode(200)
                    .header("Cache-Control", equalTo(PUBLIC)).header("RateLimit-Policy", startsWith("\"partner\""));
            reader.request().get("/v1/articles/{id}", id).then().statusCode(200)
                    .header("Cache-Control", equalTo(PRIVATE)); // never the shared answer, known key or not
        }
        Api.admin().delete("/v1/keys/{id}", partner.id()).then().statusCode(204);
        partner.request().get("/v1/articles/{id}", id).then().statusCode(401);
        given().header("Authorization", "Bearer lede_" + unique()).get("/v1/articles/{id}", id).then().statusCode(401);
        given().header("Authorization", "Basic " + unique()).get("/v1/articles/{id}", id).then().statusCode(401);
    }

    @Test
    void whatAPartnerComputesIsCachedForAnonymousReaders() {
        Keys partner = used(Keys.withScopes("partner"));
        String tag = "partner-" + unique();
        published("Partner first " + unique(), Map.of("tags", List.of(tag)));
        String etag = partner.request().queryParam("tag", tag).get("/v1/articles").then().statusCode(200)
                .header("Cache-Control", equalTo(PUBLIC)).extract().header("ETag");

        sessionFactory.getStatistics().clear();
        anonymous().queryParam("tag", tag).get("/v1/articles").then().statusCode(200).header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo(PUBLIC));
        assertThat(statementsBesidesKeys()).isZero();
    }

    @Test
    void keysThatSeeMoreOrLessThanThePublicAreAnsweredPrivately() {
        String id = published("Private answers " + unique(), Map.of("section", "world")).path("id"); // inside the entitlement below
        anonymous().get("/v1/articles/{id}", id).then().statusCode(200).header("Cache-Control", equalTo(PUBLIC));
        Keys reader = Keys.withScopes("content:read");
        Keys entitled = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sections", List.of("world"))));
        Keys writer = Keys.withScopes("content:write");
        reader.request().get("/v1/articles/{id}", id).then().statusCode(200).header("Cache-Control", equalTo(PRIVATE));
        entitled.request().get("/v1/articles/{id}", id).then().statusCode(200).header("Cache-Control", equalTo(PRIVATE));
        Api.admin().get("/v1/articles/{id}", id).then().statusCode(200).header("Cache-Control", equalTo(PRIVATE));
        writer.request().get("/v1/articles/{id}", id).then().statusCode(200).header("Cache-Control", equalTo(PUBLIC));
    }

    @Test
    void aPartnerPreviewsAnEmbargoedArticleThatNoOneElseSees() {
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String id = draft("Embargo preview " + unique(), Map.of("embargoUntil", later.toString())).path("id");
        Api.admin().header("If-Match", "*").post("/v1/articles/{id}/publish", id).then().statusCode(200)
                .body("status", equalTo("embargoed"));
        String draftId = draft("Not previewed " + unique(), Map.of()).path("id");
        Keys partner = Keys.withScopes("partner");

        anonymous().get("/v1/articles/{id}", id).then().statusCode(404);
        partner.request().get("/v1/articles/{id}", id).then().statusCode(200).body("status", equalTo("embargoed"))
                .header("Cache-Control", equalTo(PRIVATE));
        partner.request().get("/v1/articles/{id}", id).then().statusCode(200).header("Cache-Control", equalTo(PRIVATE));
        anonymous().get("/v1/articles/{id}", id).then().statusCode(404);
        partner.request().get("/v1/articles/{id}", draftId).then().statusCode(404);
        Keys.withScopes("ingest").request().get("/v1/articles/{id}", id).then().statusCode(404);
    }

    /** The key once its first use is recorded (in the background): no other update of it comes within a minute. */
    private static Keys used(Keys key) {
        key.request().get("/v1/sources").then().statusCode(200);
        for (int i = 0; i < 200; i++) {
            if (Api.admin().get("/v1/keys/{id}", key.id()).path("lastUsedAt") != null) {
                return key;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the key's use was never recorded");
    }

    /**
     * Statements run since the statistics were cleared, less the keys' own: a key is verified again once its second in
     * the verified-key cache is over.
     */
    private long statementsBesidesKeys() {
        var statistics = sessionFactory.getStatistics();
        String[] queries = statistics.getQueries();
        assertThat(queries).as("queries run").allMatch(query -> query.contains("ApiKey"));
        long keys = java.util.Arrays.stream(queries).mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
        return statistics.getPrepareStatementCount() - keys;
    }
}
