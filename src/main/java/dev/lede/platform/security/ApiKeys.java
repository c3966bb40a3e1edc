package dev.lede.platform.security;

import dev.lede.platform.config.LedeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Checks bearer keys. Only the SHA-256 digest of the configured key is kept in memory, and presented keys are
 * compared digest to digest with {@link MessageDigest#isEqual}, which takes the same time wherever they differ.
 */
@ApplicationScoped
public class ApiKeys {
    private final Optional<byte[]> adminDigest;

    public ApiKeys(LedeConfig config) {
        this.adminDigest = config.adminKey().filter(key -> !key.isBlank()).map(ApiKeys::sha256);
    }

    public boolean writesEnabled() {
        return adminDigest.isPresent();
    }

    public boolean isAdmin(String presentedKey) {
        return adminDigest.map(expected -> MessageDigest.isEqual(expected, sha256(presentedKey))).orElse(false);
    }

    /** The digest keys are stored and compared by (the admin key's in memory, stored keys' in the database). */
    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
