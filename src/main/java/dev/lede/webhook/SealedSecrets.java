package dev.lede.webhook;

import dev.lede.platform.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Signing secrets as stored: they must be read back to sign (HMAC), so they are encrypted, not hashed. AES-256-GCM
 * under the master key ({@link MasterKey}), a random 96-bit nonce per value, and the subscription's id as associated
 * data (a value copied into another row does not open there). Stored form: {@code v1:} and the base64 of
 * nonce||ciphertext||tag; the version names the scheme and key, so a rotation of the master key can add {@code v2:}.
 */
@ApplicationScoped
class SealedSecrets {
    static final String V1 = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored secret that cannot be opened: a wrong master key, none, or an altered value. Never carries the value. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final Optional<SecretKey> key;

    SealedSecrets(WebhookConfig config) {
        this.key = MasterKey.load(config.masterKey(), config.masterKeyFile());
    }

    boolean configured() {
        return key.isPresent();
    }

    /** The stored form of a secret of the subscription; refused (503) on a node that has no master key. */
    String seal(String secret, String subscriptionId) {
        SecretKey master = key.orElseThrow(SealedSecrets::notConfigured);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, master, nonce, subscriptionId)
                    .doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return V1 + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String open(String stored, String subscriptionId) throws Unreadable {
        if (key.isEmpty()) {
            throw new Unreadable("no master key is configured (lede.webhooks.master-key) to decrypt the signing secret");
        }
        if (stored == null || !stored.startsWith(V1)) {
            throw new Unreadable("the stored signing secret is not in a form this version reads");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(V1.length()));
            byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
            return new String(cipher(Cipher.DECRYPT_MODE, key.get(), nonce, subscriptionId)
                    .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unreadable("the signing secret cannot be decrypted with the configured master key "
                    + "(lede.webhooks.master-key): it was encrypted under another key, or altered");
        }
    }

    /** Each stored secret opened, in order; the first that cannot be opened stops it. */
    List<String> openAll(List<String> stored, String subscriptionId) throws Unreadable {
        String[] open = new String[stored.size()];
        for (int i = 0; i < open.length; i++) {
            open[i] = open(stored.get(i), subscriptionId);
        }
        return List.of(open);
    }

    private static Cipher cipher(int mode, SecretKey master, byte[] nonce, String subscriptionId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, master, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    static Failure notConfigured() {
        String detail = "Webhook signing secrets are stored encrypted and this server has no master key: the operator "
                + "sets LEDE_WEBHOOKS_MASTER_KEY (the base64 of 32 random bytes, the same on every node)";
        return new Failure(Failure.Kind.BUSY, "webhooks-master-key-missing", "Webhooks are not configured", detail,
                List.of(), null);
    }
}
