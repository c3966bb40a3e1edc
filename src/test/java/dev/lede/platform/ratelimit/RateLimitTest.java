package dev.lede.platform.ratelimit;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The limits as a client meets them, through HTTP, with the small quotas of {@link TightLimits}: 3 requests a minute
 * per anonymous address (one token back every 20 s), 5 for a partner key, 2 for content:read. Each test counts under
 * its own client address (X-Forwarded-For from the trusted loopback proxy) or its own key, so tests never share a
 * bucket.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class RateLimitTest {
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));

    @Inject
    SessionFactory sessionFactory;

    /** An address no other test uses, in a documentation block. */
    static String newClient() {
        int n = NEXT_CLIENT.incrementAndGet() & 0xffff;
        return "198.18." + (n >> 8) + "." + (n & 0xff);
    }

    static RequestSpecification from(String client) {
        return anonymous().header("X-Forwarded-For", client);
    }

    @Test
    void aComputedResponseAndACachedHitBothCarryTheHeadersAndSpendATokenEach() {
        String path = "/v1/articles/" + published("Limited " + unique(), Map.of()).path("id");
        String client = newClient();
        from(client).get(path).then().statusCode(200)
                .header("RateLimit-Policy", "\"anon\";q=3;w=60")
                .header("RateLimit", "\"anon\";r=2;t=20");
        sessionFactory.getStatistics().clear();
        from(client).get(path).then().statusCode(200)
                .header("RateLimit-Policy", "\"anon\";q=3;w=60")
                .header("RateLimit", matchesPattern("\"anon\";r=1;t=(3\\d|40)"));
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).as("a cached hit").isZero();
        from(client).header("If-None-Match", "*").get(path).then().statusCode(304)
                .header("RateLimit", matchesPattern("\"anon\";r=0;t=(5\\d|60)"));
    }

    @Test
    void pastTheLimitA429ProblemSaysWhenToRetryAndACachedReadIsRefusedToo() {
        String path = "/v1/articles/" + published("Flooded " + unique(), Map.of()).path("id");
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            from(client).get(path).then().statusCode(200);
        }
        ExtractableResponse<Response> refused = from(client).get(path).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .header("RateLimit-Policy", "\"anon\";q=3;w=60")
                .header("RateLimit", matchesPattern("\"anon\";r=0;t=(5\\d|60)"))
                .body("status", equalTo(429))
                .body("type", endsWith("/too-many-requests"))
                .body("detail", containsString("\"anon\" policy allows 3 requests per 60 seconds"))
                .extract();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 20L);
        // a write without a key is counted like a read
        from(client).header("Content-Type", "application/json").body("{}").post("/v1/people").then().statusCode(429);
        from(newClient()).get(path).then().statusCode(200); // another client is not limited
    }

    @Test
    void problemsCarryTheHeadersToo() {
        String client = newClient();
        from(client).get("/v1/articles/no-such-article-" + unique()).then().statusCode(404)
                .header("RateLimit", "\"anon\";r=2;t=20");
        // refused by the transport guards, before routing
        from(client).header("Content-Encoding", "gzip").body("{}").post("/v1/people").then().statusCode(415)
                .contentType("application/problem+json")
                .header("RateLimit", matchesPattern("\"anon\";r=1;t=(3\\d|40)"));
        given().get("/q/health/live").then().statusCode(200).header("RateLimit", (String) null);
    }

    @Test
    void aKeyHasItsOwnBucketUnderItsMostGenerousScope() {
        String path = "/v1/articles/" + published("Keyed " + unique(), Map.of()).path("id");
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            from(client).get(path).then().statusCode(200);
        }
        from(client).get(path).then().statusCode(429);
        String key = TestKeys.create("content:read", "partner").bearer();
        for (int i = 4; i >= 0; i--) {
            from(client).header("Authorization", key).get(path).then().statusCode(200)
                    .header("RateLimit-Policy", "\"partner\";q=5;w=60")
                    .header("RateLimit", matchesPattern("\"partner\";r=" + i + ";t=\\d+"));
        }
        from(client).header("Authorization", key).get(path).then().statusCode(429)
                .header("RateLimit", matchesPattern("\"partner\";r=0;t=\\d+"))
                .header("Retry-After", matchesPattern("[1-9]|1[0-2]")); // 60 s / 5 tokens: at most 12 s to the next
        String reader = TestKeys.create("content:read").bearer();
        from(client).header("Authorization", reader).get(path).then().statusCode(200)
                .header("RateLimit-Policy", "\"content:read\";q=2;w=60"); // its own bucket, from the same address
        from(newClient()).get(path).then().statusCode(200).header("RateLimit", "\"anon\";r=2;t=20");
    }

    @Test
    void madeUpKeysAreCountedByAddressAndGiveNoWayAroundIt() {
        String client = newClient();
        for (int i = 2; i >= 0; i--) {
            from(client).header("Authorization", "Bearer made-up-" + unique()).get("/v1/articles").then()
                    .statusCode(401).header("RateLimit", matchesPattern("\"anon\";r=" + i + ";t=\\d+"));
        }
        from(client).get("/v1/articles").then().statusCode(429);
        from(client).header("Authorization", "Bearer made-up-" + unique()).get("/v1/articles").then().statusCode(429);
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        String client = newClient();
        from("6.6.6.6, " + client).get("/v1/articles").then().statusCode(200).header("RateLimit", "\"anon\";r=2;t=20");
        // a chain of trusted proxies is walked through; what the client wrote on the left is ignored
        from("7.7.7.7, " + client + ", 127.0.0.1").get("/v1/articles").then()
                .header("RateLimit", matchesPattern("\"anon\";r=1;t=\\d+"));
        // a Forwarded header is not what the proxies write here (X-Forwarded-For): a client cannot pick its bucket with it
        from(client).header("Forwarded", "for=" + newClient()).get("/v1/articles")
                .then().header("RateLimit", matchesPattern("\"anon\";r=0;t=\\d+"));
        from(client).get("/v1/articles").then().statusCode(429);
        // malformed hops left of the client are ignored
        from("not-an-address, [::1, " + newClient()).get("/v1/articles").then().statusCode(200)
                .header("RateLimit", "\"anon\";r=2;t=20");
        for (String malformed : new String[] {"for=\"[zz", "for=", ";;,,", "for=\"_hidden\""}) {
            anonymous().header("Forwarded", malformed).get("/v1/articles").then()
                    .header("RateLimit-Policy", "\"anon\";q=3;w=60").statusCode(org.hamcrest.Matchers.oneOf(200, 429));
        }
    }

    @Test
    void fromAnUntrustedPeerForwardingHeadersAreIgnored() throws UnknownHostException {
        String peer = "127.0." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(2, 255);
        for (int i = 2; i >= 0; i--) {
            fromPeer(peer).header("X-Forwarded-For", newClient()).header("Forwarded", "for=" + newClient())
                    .get("/v1/articles").then().statusCode(200).header("RateLimit", matchesPattern("\"anon\";r=" + i + ";t=\\d+"));
        }
        fromPeer(peer).header("X-Forwarded-For", newClient()).get("/v1/articles").then().statusCode(429);
    }

    /** A request sent from this local address: the loopback block is all local, and only 127.0.0.1 is trusted. */
    private static RequestSpecification fromPeer(String local) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(local);
        return anonymous().config(RestAssured.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.route.local-address", address)));
    }
}
