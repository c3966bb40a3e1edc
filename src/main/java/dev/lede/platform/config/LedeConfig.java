package dev.lede.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Typed configuration of the service ({@code lede.*} in application.properties). */
@ConfigMapping(prefix = "lede")
public interface LedeConfig {
    /** The admin API key ({@code LEDE_ADMIN_KEY}). Absent in production unless set: then writes are refused. */
    @WithName("admin-key")
    Optional<String> adminKey();

    Api api();

    Seed seed();

    Cache cache();

    Durability durability();

    Search search();

    Feeds feeds();

    interface Search {
        /** The directory of the full-text index, beside the H2 file by default. */
        @WithDefault("./data/search")
        String path();

        /**
         * A missing or outdated index of at most this many documents is rebuilt before the service starts answering;
         * a larger one in the background, while readiness says "search: rebuilding n/N".
         */
        @WithDefault("2000")
        int rebuildInlineUpTo();

        /**
         * How often a node reads the change log for changes its indexes have not applied: other nodes' writes (so a
         * node's search is at most about this much behind another's write), and any of its own that failed to apply.
         */
        @WithDefault("1s")
        java.time.Duration followInterval();

        /**
         * Typeahead suggests the headlines of at most this many published articles, the most recent: suggestions held
         * in memory must fit the heap whatever the archive's size (at 100,000 articles all headlines made the 256 MB
         * heap overflow), and articles are ranked by recency, so older ones rarely reach a list of ten. Full-text
         * search finds every article.
         */
        @WithDefault("20000")
        int suggestArticles();
    }

    interface Durability {
        /** Milliseconds H2 may hold a commit before writing it to its file: 0 unless measuring what durability costs. */
        @WithDefault("0")
        int h2WriteDelay();
    }

    interface Cache {
        /** How often a node reads the change log for writes made by other nodes (its cache drops what they changed). */
        @WithDefault("1s")
        java.time.Duration followInterval();

        /**
         * A backlog of other nodes' changes past which a node drops its whole response cache and jumps to the head of
         * the change log, rather than evicting event by event (a bulk load on another node writes thousands a second).
         */
        @WithDefault("20000")
        int followJumpAfter();
    }

    interface Api {
        /** Request bodies larger than this answer 413. */
        @WithDefault("1048576")
        long maxBodyBytes();

        @WithDefault("20")
        int defaultPageSize();

        @WithDefault("100")
        int maxPageSize();
    }

    interface Seed {
        /** Load the reference article when the database holds no article. */
        @WithDefault("true")
        boolean enabled();
    }

    Lifecycle lifecycle();

    interface Lifecycle {
        /**
         * How often each node looks for articles whose scheduled publication or embargo end has come (two indexed
         * queries): a transition happens at most this long after its time.
         */
        @WithDefault("250ms")
        java.time.Duration tick();
    }

    interface Feeds {
        /**
         * The absolute URL clients reach the API at (scheme, host, port, any path prefix; no trailing slash), which
         * feeds link their items and themselves with. Configured, not taken from the request's Host header: a cached
         * feed is shared by every client, so one request's Host must not end up in everyone's links.
         */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** The name feeds carry in their titles, author and generator. */
        @WithDefault("Lede")
        String title();

        /**
         * Feeds computed at once on this node (a full-text feed holds its 50 to 100 bodies several times over while it
         * is rendered); more wait for a turn.
         */
        @WithDefault("2")
        int maxComputations();

        /** How long a feed waits for a turn to be computed; past it the request is refused with 503 and Retry-After. */
        @WithDefault("5s")
        java.time.Duration computationWait();
    }

    Changes changes();

    /** The change feed, {@code GET /v1/changes}. */
    interface Changes {
        /** How long change events are kept; absent (the default): all of them. */
        Optional<java.time.Duration> retention();

        /** How often the pruning of events older than the retention runs. */
        @WithDefault("1m")
        java.time.Duration pruneInterval();

        /** Long-polls waiting at once on this node; past it a long-poll is refused with 503 and Retry-After. */
        @WithDefault("5000")
        int maxWaiters();

        /**
         * At most this many positions of the log a change-feed read passes over: a filtered read (public, types, a
         * limited key) that finds too few events in them answers a short page whose cursor is the window's end.
         */
        @WithDefault("10000")
        int scanWindow();
    }
}
