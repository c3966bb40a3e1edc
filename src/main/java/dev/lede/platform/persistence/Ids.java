package dev.lede.platform.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Opaque, stable identifiers: UUID version 7 (RFC 9562). Time-ordered, so new rows land at the end of
 * the primary-key index and ids make a stable tie-breaker for keyset pagination.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    public static boolean looksLikeId(String value) {
        return value != null && value.length() == 36 && value.charAt(8) == '-' && value.charAt(14) == '7';
    }
}
