package dev.lede.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production rules for receivers: https only, public addresses only. */
public class WebhookStrictProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lede.webhooks.allow-private", "false", "lede.webhooks.allow-http", "false");
    }
}
