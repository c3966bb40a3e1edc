package dev.lede.article.lifecycle;

import dev.lede.article.LifecycleClock;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The lifecycle's clock under a test's control: installed for one test (QuarkusMock), it reads the real time until
 * the test sets it, so "at the embargo minus one second" and "just past it" are exact instants, not waits.
 */
final class MovableClock extends LifecycleClock {
    private volatile Instant now;

    private MovableClock(Instant now) {
        this.now = now;
    }

    /** Installs a clock standing at the real time now, for the running test. */
    static MovableClock install() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        QuarkusMock.installMockForType(clock, LifecycleClock.class);
        return clock;
    }

    @Override
    public Instant now() {
        return now;
    }

    void set(Instant at) {
        now = at;
    }

    /** A round instant this far ahead of the clock, to schedule at. */
    Instant ahead(Duration by) {
        return now.plus(by).truncatedTo(ChronoUnit.SECONDS);
    }
}
