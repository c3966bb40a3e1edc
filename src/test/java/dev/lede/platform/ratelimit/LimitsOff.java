package dev.lede.platform.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** LEDE_RATE_LIMIT_ENABLED=false, with a quota that would otherwise be reached at once. */
public class LimitsOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lede.rate-limit.enabled", "false", "lede.rate-limit.anonymous", "1");
    }
}
