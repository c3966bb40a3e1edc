package dev.lede.platform.resource;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again after a failure worth retrying, called outside it: the seed after another node held
 * the change log's head while it seeded. A lost race on a unique slug is retried by {@link RetriedOnUniqueConflict}
 * on the service method instead, which asks {@link #isUniqueConflict} whether a failure was such a race.
 */
public final class Retry {
    private Retry() {
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
            if (cause instanceof org.hibernate.exception.ConstraintViolationException || cause instanceof NameTakenMeanwhile) {
                return true;
            }
        }
        return false;
    }
}
