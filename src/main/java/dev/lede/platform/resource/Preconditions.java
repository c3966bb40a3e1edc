package dev.lede.platform.resource;

import dev.lede.platform.failure.ApiException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency for writes. Every PUT, PATCH, DELETE and state change must carry {@code If-Match}
 * with an ETag the client read (or {@code *} to overwrite deliberately), so a lost update cannot happen by
 * accident. Only the version part of the ETag is compared: any representation of the current version
 * (any {@code fields=} or {@code include=}) proves the client saw it.
 */
public final class Preconditions {
    private static final Pattern TAG = Pattern.compile("(?<!W/)\"v(\\d+)-[0-9a-f]+\"");

    private Preconditions() {
    }

    /** The versions the client accepts; empty means {@code *}. Throws 428 when the header is absent. */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        // If-Match uses the strong comparison (RFC 9110 13.1.1): a weak tag never matches.
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.find()) {
            throw ApiException.preconditionFailed("If-Match does not name an ETag of this resource");
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }

    /** Throws 412 unless the stored version is the one the client read. */
    public static void check(OptionalLong expected, long current) {
        if (expected.isPresent() && expected.getAsLong() != current) {
            throw ApiException.preconditionFailed("the resource has changed since you read it (now version " + current
                    + "); read it again and reapply your change");
        }
    }
}
