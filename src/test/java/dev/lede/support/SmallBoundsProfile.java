package dev.lede.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small bounds that tests of the change feed's scan window and of feed computation turns can reach: a window of
 * {@link #SCAN_WINDOW} positions, one feed computed at a time with a long wait for a turn, and eight worker threads.
 * One profile for both because Quarkus builds the application of every test profile before the first test and keeps
 * them all for the run: each profile costs the suite's JVM about 150 MB of heap and metaspace.
 */
public class SmallBoundsProfile implements QuarkusTestProfile {
    public static final int SCAN_WINDOW = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lede.changes.scan-window", String.valueOf(SCAN_WINDOW),
                "lede.feeds.max-computations", "1", "lede.feeds.computation-wait", "30s",
                "quarkus.thread-pool.max-threads", "8");
    }
}
