package dev.lede.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which forwarding header counts: only the one the trusted proxies are configured to write. */
class ClientAddressTest {
    private static final String PROXY = "10.0.0.7";

    @Test
    void byDefaultOnlyXForwardedForIsReadAndAForwardedHeaderTheClientWroteIsIgnored() {
        ClientAddress addresses = new ClientAddress(config(RateLimitConfig.ForwardedHeader.X_FORWARDED_FOR));
        assertThat(addresses.of(request(Map.of("X-Forwarded-For", "6.6.6.6, 203.0.113.9")))).isEqualTo("203.0.113.9");
        assertThat(addresses.of(request(Map.of("Forwarded", "for=198.51.100.1", "X-Forwarded-For", "203.0.113.9"))))
                .isEqualTo("203.0.113.9");
        assertThat(addresses.of(request(Map.of("Forwarded", "for=198.51.100.1")))).isEqualTo(PROXY);
    }

    @Test
    void withForwardedConfiguredOnlyItsForParametersAreRead() {
        ClientAddress addresses = new ClientAddress(config(RateLimitConfig.ForwardedHeader.FORWARDED));
        assertThat(addresses.of(request(Map.of("Forwarded", "for=8.8.8.8, for=\"203.0.113.9:4711\";proto=https",
                "X-Forwarded-For", "198.51.100.1")))).isEqualTo("203.0.113.9");
        assertThat(addresses.of(request(Map.of("X-Forwarded-For", "198.51.100.1")))).isEqualTo(PROXY);
        for (String malformed : new String[] {"for=\"[zz", "for=", ";;,,", "for=\"_hidden\""}) {
            assertThat(addresses.of(request(Map.of("Forwarded", malformed)))).as(malformed).isEqualTo(PROXY);
        }
    }

    private static RateLimitConfig config(RateLimitConfig.ForwardedHeader header) {
        return (RateLimitConfig) Proxy.newProxyInstance(RateLimitConfig.class.getClassLoader(),
                new Class<?>[] {RateLimitConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "trustedProxies" -> Optional.of(List.of("10.0.0.0/8"));
                    case "forwardedHeader" -> header;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServerRequest request(Map<String, String> headers) {
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(map::add);
        return (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "remoteAddress" -> SocketAddress.inetSocketAddress(4711, PROXY);
                    case "headers" -> map;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
