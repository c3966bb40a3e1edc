package dev.lede.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of ingestion ({@code lede.ingest.*}). */
@ConfigMapping(prefix = "lede.ingest")
public interface IngestConfig {
    /**
     * How often, at most, an ingest has the catalog snapshot checked against the change log for people, entities and
     * sources changed by other nodes (this node's own changes are seen at commit). The check runs in the background.
     */
    @WithDefault("1s")
    Duration catalogCheckInterval();
}
