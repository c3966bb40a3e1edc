package dev.lede.platform.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Production without LEDE_ADMIN_KEY: no admin key configured at all. */
public class NoAdminKeyProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lede.admin-key", "");
    }
}
