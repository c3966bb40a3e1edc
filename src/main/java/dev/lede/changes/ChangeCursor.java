package dev.lede.changes;

import dev.lede.platform.failure.Failure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the change log as partners hold it: opaque (base64url of a versioned text), so that what it encodes
 * can change without breaking the cursors partners keep. The position is a seq: the events after it are still to read.
 */
public final class ChangeCursor {
    private static final String PREFIX = "c1:";
    private static final int MAX_LENGTH = 64;

    private ChangeCursor() {
    }

    public static String of(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The seq a cursor stands for; anything that is not a cursor this server made is a 400 naming {@code since}. */
    public static long seqOf(String cursor) {
        try {
            if (cursor.isBlank() || cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("length");
            }
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX) || !text.substring(PREFIX.length()).matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException("content");
            }
            return Long.parseLong(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw Failure.invalid("since", "malformed cursor; use a cursor or meta.nextCursor of a previous page as is, "
                    + "'now' for the head of the log, or no since for its beginning");
        }
    }
}
