package dev.lede.platform.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How shared caches (a CDN, a browser) may keep public reads, and where writes tell the CDN what to purge. */
@ConfigMapping(prefix = "lede.cdn")
public interface CdnConfig {
    /** One resource (an article, a person...) and its alternate formats (ninjs, JSON-LD). */
    Freshness items();

    /** A page of a list, search results included. */
    Freshness lists();

    /** An RSS, Atom or JSON Feed document. */
    Freshness feeds();

    /**
     * The largest Surrogate-Key (and Cache-Tag) value sent, in bytes: Fastly's and Cloudflare's limit is 16 KB. A
     * response whose keys do not fit names its list keys and {@link SurrogateKeys#ANY_CHANGE} instead of its ids.
     */
    @WithDefault("16384")
    int surrogateKeyMaxBytes();

    Purge purge();

    interface Freshness {
        /** How long a shared cache may serve the response without asking again. */
        @WithDefault("60s")
        Duration maxAge();

        /** How long after that it may still serve it while it revalidates in the background (RFC 5861). */
        @WithDefault("300s")
        Duration staleWhileRevalidate();
    }

    interface Purge {
        /** Where the keys a committed write made stale are POSTed as {"keys": [...]}; none by default (no purges). */
        Optional<URI> url();

        /** Sent as "Authorization: Bearer <token>" with each purge when set; never logged. */
        Optional<String> token();

        /**
         * Commits whose keys wait to be sent, at most; past it they are all replaced by the key every response carries
         * (lede:all), so a CDN that fell behind drops everything once rather than missing a purge.
         */
        @WithDefault("10000")
        int queue();

        /** Keys per POST, at most. */
        @WithDefault("256")
        int batch();

        /** Further attempts after a failed POST (a network error, a 429 or a 5xx), each after twice the last wait. */
        @WithDefault("3")
        int retries();

        /** The wait before the first retry. */
        @WithDefault("1s")
        Duration backoff();

        /** How long one POST may take. */
        @WithDefault("5s")
        Duration timeout();
    }
}
