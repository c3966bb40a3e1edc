package dev.lede.platform.persistence;

import dev.lede.platform.failure.Failure;
import java.util.OptionalLong;

/**
 * The version of a resource a write was based on (optimistic concurrency), or any version for a deliberate
 * overwrite. A write checks it against the stored row before it changes anything, so a lost update cannot happen by
 * accident.
 */
public record ExpectedVersion(OptionalLong version) {
    private static final ExpectedVersion ANY = new ExpectedVersion(OptionalLong.empty());

    /** Whatever is stored (If-Match: *, and the server's own writes). */
    public static ExpectedVersion any() {
        return ANY;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(OptionalLong.of(version));
    }

    /** Fails (precondition failed) unless the stored version is the one expected. */
    public void check(long current) {
        if (version.isPresent() && version.getAsLong() != current) {
            throw Failure.preconditionFailed("the resource has changed since you read it (now version " + current
                    + "); read it again and reapply your change");
        }
    }
}
