package dev.lede.article.lifecycle;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Production's scheduler, ticking on its own (the test profile's tick is an hour, for the statement counts). */
public class TickingSchedulerProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lede.lifecycle.tick", "100ms");
    }
}
