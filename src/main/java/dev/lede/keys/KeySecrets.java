package dev.lede.keys;

import dev.lede.platform.security.ApiKeys;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * New secrets and what is kept of them. A secret is {@code lede_} and 40 random bytes from {@link SecureRandom}
 * (320 bits) in base64url; its prefix, {@code lede_} and the next 8 characters, is shown in lists and may be logged:
 * it gives away 48 of those bits and leaves 272 unknown.
 *
 * <p>Stored as a plain SHA-256 digest, not a password hash (bcrypt, Argon2): those are slow on purpose, to make
 * guessing a human-chosen password from its hash expensive; a 272-bit random secret cannot be guessed at any speed,
 * and a slow hash would cost every keyed request tens of milliseconds. The digest is also what the key is found by.
 */
final class KeySecrets {
    static final String MARK = "lede_";
    static final int PREFIX_LENGTH = MARK.length() + 8;
    private static final int RANDOM_BYTES = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {
    }

    static String newSecret() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String prefixOf(String secret) {
        return secret.substring(0, PREFIX_LENGTH);
    }

    static String digest(String secret) {
        return HexFormat.of().formatHex(ApiKeys.sha256(secret));
    }
}
