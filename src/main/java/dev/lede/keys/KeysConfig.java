package dev.lede.keys;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of stored API keys ({@code lede.keys.*}). */
@ConfigMapping(prefix = "lede.keys")
public interface KeysConfig {
    /**
     * How long a node trusts a key it verified in the database, and refuses a digest the database did not know: so
     * how late another node refuses a revoked key (the node that revokes refuses it at once). 0 looks up every request.
     */
    @WithDefault("1s")
    Duration verifiedFor();

    /** How often, at most, a key's {@code lastUsedAt} is written, per key and node. */
    @WithDefault("1m")
    Duration lastUsedInterval();
}
