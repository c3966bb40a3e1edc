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

    /**
     * People and entities an ingest creates, and quotes it stores, with the extractor's confidence below this are
     * marked needsReview and listed by GET /v1/review. 0.6 is where the extractor starts to guess: a bare "Mr X"
     * with no first name, role or verb of saying (0.5), a place found by shape alone (0.55), a quote given to the last
     * name seen (0.55 and below); names matched by a known-name list, a title, a role or apposition score 0.7 to 0.95.
     */
    @WithDefault("0.6")
    double reviewThreshold();
}
