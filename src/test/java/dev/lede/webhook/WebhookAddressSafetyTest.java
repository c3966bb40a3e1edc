package dev.lede.webhook;

import static dev.lede.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without allow-private, a receiver that resolves to an internal address is refused, and without allow-http, http. */
@QuarkusTest
@TestProfile(WebhookStrictProfile.class)
class WebhookAddressSafetyTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:8443/hooks", "https://localhost/hooks", "https://[::1]/hooks",
            "https://169.254.169.254/latest/meta-data", "https://[fd00:ec2::254]/", "https://10.1.2.3/hooks",
            "https://192.168.0.10/hooks", "https://172.16.5.4/hooks", "https://[fe80::1]/hooks", "https://224.0.0.1/hooks",
            "https://0.0.0.0/hooks", "https://100.64.0.1/hooks", "https://[::ffff:127.0.0.1]/hooks"})
    void shouldRefuseAReceiverOnAnInternalAddress(String url) {
        admin().body(Map.of("url", url, "types", List.of("article"), "ops", List.of("published"))).post("/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("url"))
                .body("detail", containsString("allow-private"));
    }

    @Test
    void shouldRefuseHttpUnlessAllowed() {
        admin().body(Map.of("url", "http://203.0.113.10/hooks", "types", List.of("article"), "ops", List.of("published")))
                .post("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"))
                .body("detail", containsString("https"));
    }
}
