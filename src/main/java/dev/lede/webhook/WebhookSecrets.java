package dev.lede.webhook;

import dev.lede.platform.failure.Failure;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks secrets and signatures: a secret is {@code whsec_} and the base64 of its key bytes; a signature is
 * {@code v1,} and the base64 of HMAC-SHA256(key, {@code id.timestamp.body}).
 */
final class WebhookSecrets {
    static final String PREFIX = "whsec_";
    /** 32 random bytes (the spec asks for 24 to 64). */
    private static final int GENERATED_BYTES = 32;
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** A secret a caller gave, refused (naming {@code field}, never echoing it) unless it is one the spec allows. */
    static String checked(String field, String secret) {
        try {
            int length = key(secret).length;
            if (length >= MIN_BYTES && length <= MAX_BYTES) {
                return secret;
            }
        } catch (IllegalArgumentException malformed) {
            // refused below, without the value
        }
        throw Failure.invalid(field, "expected whsec_ followed by the base64 of 24 to 64 random bytes");
    }

    static String sign(String secret, String messageId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("prefix");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
