package dev.lede.platform.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Limits small enough to reach in a test: 3 anonymous requests a minute per address, 2 for content:read, 5 for
 * partner; the local loopback address 127.0.0.1 is a trusted proxy (so each test names its own client in
 * X-Forwarded-For), other loopback addresses are not; a fast cross-node sync.
 */
public class TightLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lede.rate-limit.anonymous", "3",
                "lede.rate-limit.scopes.content-read", "2",
                "lede.rate-limit.scopes.partner", "5",
                "lede.rate-limit.trusted-proxies", "127.0.0.1/32,::1/128",
                "lede.rate-limit.cluster.sync-interval", "200ms");
    }

}
