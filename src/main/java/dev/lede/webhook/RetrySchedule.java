package dev.lede.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: after the n-th failed attempt the next waits a random time up to
 * min(max, initial * 2^(n-1)), so that receivers coming back are not hit by every sender at once. An event whose first
 * failure is {@code giveUpAfter} old is given up on (dead-lettered).
 */
record RetrySchedule(Duration initial, Duration max, Duration giveUpAfter) {
    static RetrySchedule of(WebhookConfig.Retry config) {
        return new RetrySchedule(config.initial(), config.max(), config.giveUpAfter());
    }

    Instant next(Instant now, int failedAttempts) {
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(failedAttempts - 1, 30));
        long floor = Math.min(ceiling, 10); // a receiver failing fast is never retried in a tight loop
        return now.plusMillis(floor + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - floor + 1)));
    }

    boolean givesUp(Instant firstFailure, Instant now) {
        return !firstFailure.plus(giveUpAfter).isAfter(now);
    }
}
