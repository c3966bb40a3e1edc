package dev.lede.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What HTTP cannot show cheaply: memory stays bounded whatever a flood of distinct addresses does. */
class BucketsTest {
    @Test
    void aFloodOfDistinctAddressesKeepsAtMostTheConfiguredNumberOfBuckets() {
        Buckets buckets = new Buckets(1000, Duration.ofSeconds(60));
        Policy anonymous = Policy.of("anon", 60, Duration.ofSeconds(60));
        for (int i = 0; i < 100_000; i++) {
            buckets.take(anonymous, "10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff));
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(1000);
    }

    @Test
    void aBucketForgottenAfterAnIdleWindowWasFullAnyway() throws InterruptedException {
        // Forgotten after 200 ms idle here; the policy refills slowly, so only forgetting can give the tokens back.
        Buckets buckets = new Buckets(1000, Duration.ofMillis(200));
        Policy tiny = Policy.of("anon", 2, Duration.ofSeconds(60));
        buckets.take(tiny, "192.0.2.1");
        buckets.take(tiny, "192.0.2.1");
        assertThat(buckets.take(tiny, "192.0.2.1").allowed()).isFalse();
        Thread.sleep(400);
        assertThat(buckets.size()).isZero();
        assertThat(buckets.take(tiny, "192.0.2.1").remaining()).isEqualTo(1);
    }

    @Test
    void aVeryLongCallerNameIsHashedToFitTheSharedTable() {
        Policy partner = Policy.of("partner", 5, Duration.ofSeconds(60));
        String id = Buckets.id(partner, "key:" + "x".repeat(1000));
        assertThat(id).startsWith("partner|sha256:").hasSizeLessThan(Buckets.MAX_ID);
        assertThat(Buckets.id(partner, "key:short")).isEqualTo("partner|key:short");
    }
}
