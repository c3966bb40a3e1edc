package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.ExpectedVersion;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code If-Match}, which every PUT, PATCH, DELETE and state change must carry: an ETag the client read (or
 * {@code *} to overwrite deliberately). Only the version part of the ETag counts: any representation of the current
 * version (any {@code fields=} or {@code include=}) proves the client saw it.
 */
public final class IfMatch {
    /** A version's ETag, also in its gzip form (the cache's {@code -gzip} suffix): it names the same version. */
    private static final Pattern TAG = Pattern.compile("(?<!W/)\"v(\\d+)-[0-9a-f]+(?:-gzip)?\"");

    private IfMatch() {
    }

    /** The version the client's write is based on; fails (precondition required) when the header is absent. */
    public static ExpectedVersion parse(String header) {
        if (header == null || header.isBlank()) {
            throw Failure.preconditionRequired();
        }
        if (header.trim().equals("*")) {
            return ExpectedVersion.any();
        }
        // If-Match uses the strong comparison (RFC 9110 13.1.1): a weak tag never matches.
        Matcher matcher = TAG.matcher(header);
        if (!matcher.find()) {
            throw Failure.preconditionFailed("If-Match does not name an ETag of this resource");
        }
        return ExpectedVersion.of(Long.parseLong(matcher.group(1)));
    }
}
