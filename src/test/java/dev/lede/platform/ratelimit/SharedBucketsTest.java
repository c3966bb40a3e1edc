package dev.lede.platform.ratelimit;

import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, two nodes hold one bucket per caller: this test plays the second node with a proxy manager of its
 * own over the same table (as another process would), beside the application, which syncs every 200 ms here.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class SharedBucketsTest {
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void twoNodesSpendTheSameBucketOfAKey() throws InterruptedException {
        Assumptions.assumeTrue(dbKind.startsWith("postgres"), "one node on H2: buckets are local");
        String path = "/v1/articles/" + published("Shared " + unique(), Map.of()).path("id");
        TestKeys.Key partnerKey = TestKeys.create("partner");
        String key = partnerKey.secret();
        Policy partner = Policy.of("partner", 5, Duration.ofSeconds(60));
        ProxyManager<String> otherNode = SharedBuckets.proxyManager(dataSource);
        String id = Buckets.id(partner, "key:" + partnerKey.name());

        RateLimitTest.from("198.51.100.1").header("Authorization", "Bearer " + key).get(path).then().statusCode(200);
        RateLimitTest.from("198.51.100.1").header("Authorization", "Bearer " + key).get(path).then().statusCode(200);
        assertThat(eventually(() -> available(otherNode, id, partner) == 3))
                .as("the other node sees the two requests this one allowed").isTrue();

        assertThat(otherNode.builder().build(id, () -> partner.bucket()).tryConsume(3)).isTrue();
        // This node still believes 3 tokens are left; the request it allows now is reconciled at the next sync...
        RateLimitTest.from("198.51.100.1").header("Authorization", "Bearer " + key).get(path).then().statusCode(200);
        assertThat(eventually(() -> available(otherNode, id, partner) < 0)).isTrue();
        Thread.sleep(100);
        // ...after which it knows the other node spent the rest
        RateLimitTest.from("198.51.100.1").header("Authorization", "Bearer " + key).get(path).then().statusCode(429)
                .header("RateLimit", matchesPattern("\"partner\";r=0;t=\\d+"));
    }

    private static long available(ProxyManager<String> node, String id, Policy policy) {
        return node.getProxyConfiguration(id).isPresent()
                ? node.builder().build(id, () -> policy.bucket()).getAvailableTokens() : Long.MIN_VALUE;
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
