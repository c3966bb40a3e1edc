package dev.lede.platform.ratelimit;

import static dev.lede.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LimitsOff.class)
class RateLimitsOffTest {
    @Test
    void switchedOffNothingIsLimitedAndNoHeaderIsSent() {
        for (int i = 0; i < 5; i++) {
            anonymous().get("/v1/articles").then().statusCode(200)
                    .header("RateLimit", (String) null).header("RateLimit-Policy", (String) null);
        }
    }
}
