package dev.lede.webhook;

import java.lang.reflect.Proxy;
import java.util.Optional;

/** Test support: the secrets cipher of another node, configured like this one but with its own master key. */
final class OtherNodeCiphers {
    private OtherNodeCiphers() {
    }

    /** A cipher under {@code masterKey} (none when null) and no key file; every other setting as {@code config}. */
    static SealedSecrets under(WebhookConfig config, String masterKey) {
        WebhookConfig other = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(),
                new Class<?>[] {WebhookConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "masterKey" -> Optional.ofNullable(masterKey);
                    case "masterKeyFile" -> Optional.empty();
                    default -> method.invoke(config, args);
                });
        return new SealedSecrets(other);
    }
}
