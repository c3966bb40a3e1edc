package dev.lede.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One clock for the whole service, at the precision both databases store (microseconds). */
public final class Times {
    private Times() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant stored(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }
}
