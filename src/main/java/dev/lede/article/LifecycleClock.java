package dev.lede.article;

import dev.lede.platform.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The time that publishing and the scheduler compare publishAt and embargoUntil with: whether an embargo is still
 * ahead, which scheduled transitions are due. A bean, so that tests can move it (QuarkusMock) and prove that an
 * embargoed article goes out by itself at its time and never before, without waiting for a real time to come.
 */
@ApplicationScoped
public class LifecycleClock {
    public Instant now() {
        return Times.now();
    }
}
