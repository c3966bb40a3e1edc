package dev.lede.platform.resource;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Retries a whole write transaction that lost a race on a unique key. Two clients creating "John Kirby" at the
 * same moment both derive the slug john-kirby; the second commit fails on the unique index, and running its
 * transaction again derives john-kirby-2. Call it outside the transaction (from the resource).
 */
public final class Retry {
    /** Each lost race lets one more writer through, so this many concurrent creators of one name all succeed. */
    private static final int ATTEMPTS = 10;

    private Retry() {
    }

    public static <T> T onUniqueConflict(Supplier<T> write) {
        return retrying(write, ATTEMPTS, Retry::isUniqueConflict);
    }

    /** Runs {@code write} up to {@code attempts} times in all, again only after a failure that {@code worthRetrying}. */
    public static <T> T retrying(Supplier<T> write, int attempts, Predicate<Throwable> worthRetrying) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt == attempts || !worthRetrying.test(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isUniqueConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
